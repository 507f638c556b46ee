package org.openar.collections.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The cluster-wide lock of (non-dry) dunning runs: a PostgreSQL session advisory lock held on a connection of its own
 * for the whole run. Whichever node gets it runs; the others are refused at once. When a node dies, PostgreSQL ends
 * its session and the lock is free again, so no lease can outlive its holder.
 */
@Component
public class RunLock {

  /** "openar.collections.run" as one 64-bit key, stable across releases. */
  static final long KEY = 0x6F61722E636F6C4CL;

  private final DataSource dataSource;

  public RunLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The lock, or empty when another session holds it. Close the handle to release. */
  public Optional<Held> tryAcquire() {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(true);
      try (PreparedStatement st = c.prepareStatement("select pg_try_advisory_lock(?)")) {
        st.setLong(1, KEY);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            return Optional.of(new Held(c));
          }
        }
      }
      c.close();
      return Optional.empty();
    } catch (SQLException e) {
      closeQuietly(c);
      throw new IllegalStateException("cannot take the dunning run lock", e);
    }
  }

  /** Whether some session holds the lock right now (for status pages and tests). */
  public boolean isHeld() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "select count(*) from pg_locks where locktype = 'advisory' and granted"
                + " and ((classid::bigint << 32) | objid::bigint) = ?")) {
      st.setLong(1, KEY);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the connection is broken anyway; the pool discards it
      }
    }
  }

  /** A held lock; closing unlocks and returns the connection to the pool. */
  public static final class Held implements AutoCloseable {
    private final Connection connection;

    Held(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void close() {
      try (PreparedStatement st = connection.prepareStatement("select pg_advisory_unlock(?)")) {
        st.setLong(1, KEY);
        st.execute();
      } catch (SQLException e) {
        // the session may be gone; then PostgreSQL released the lock with it
      } finally {
        closeQuietly(connection);
      }
    }
  }
}
