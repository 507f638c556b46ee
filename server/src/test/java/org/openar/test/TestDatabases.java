package org.openar.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.openar.shared.db.EmbeddedDatabase;

/**
 * The test suite's PostgreSQL: one server per test JVM (embedded by default; the machine's server when
 * {@code OPENAR_TEST_DB_URL} points at its maintenance database), one Flyway-migrated template, and a fresh copy of it
 * for every Spring context, so test classes never see each other's rows and nobody waits for migrations twice.
 */
public final class TestDatabases {

  public record Connect(String url, String user, String password) {}

  private static final String TEMPLATE = "openar_t_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile Server server;
  private static final int[] LEASES = {0};

  private TestDatabases() {}

  /** A new, migrated, empty database. */
  public static Connect fresh() {
    Server s = server();
    String name = "openar_t_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    s.execute("create database " + name + " template " + TEMPLATE);
    return new Connect(s.url(name), s.user(), s.password());
  }

  /** Whether the suite runs against an external server (CI's proof of the OPENAR_DB_URL path). */
  public static boolean external() {
    return System.getenv("OPENAR_TEST_DB_URL") != null;
  }

  private static Server server() {
    Server s = server;
    if (s == null) {
      synchronized (TestDatabases.class) {
        s = server;
        if (s == null) {
          s = external() ? external(System.getenv("OPENAR_TEST_DB_URL")) : embedded();
          s.prepareTemplate();
          server = s;
        }
      }
    }
    return s;
  }

  private static Server embedded() {
    try {
      Path dir = Files.createTempDirectory("openar-test-pg");
      EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(dir, false);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        awaitLeases(); // cached test contexts still write (event registry) while they close
        db.close();
        deleteTree(dir);
      }, "openar-test-db-shutdown"));
      return new Server("jdbc:postgresql://127.0.0.1:" + db.port() + "/", "postgres", "", "postgres");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each test context holds a lease from creation until its beans are destroyed (see OpenArTestInitializer). */
  public static AutoCloseable lease() {
    synchronized (LEASES) {
      LEASES[0]++;
    }
    return () -> {
      synchronized (LEASES) {
        LEASES[0]--;
        LEASES.notifyAll();
      }
    };
  }

  private static void awaitLeases() {
    long deadline = System.nanoTime() + 25_000_000_000L;
    synchronized (LEASES) {
      while (LEASES[0] > 0 && System.nanoTime() < deadline) {
        try {
          LEASES.wait(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | RuntimeException e) {
      // best effort: a temp directory left behind is harmless
    }
  }

  private static Server external(String url) {
    int slash = url.lastIndexOf('/');
    String base = url.substring(0, slash + 1);
    String maintenance = url.substring(slash + 1);
    String user = System.getenv().getOrDefault("OPENAR_TEST_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("OPENAR_TEST_DB_PASSWORD", "");
    return new Server(base, user, password, maintenance);
  }

  private record Server(String base, String user, String password, String maintenanceDb) {

    String url(String db) {
      return base + db;
    }

    void execute(String sql) {
      try (Connection c = DriverManager.getConnection(url(maintenanceDb), user, password);
          Statement st = c.createStatement()) {
        st.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }

    /** Drops what earlier runs left behind, then migrates a fresh template. */
    void prepareTemplate() {
      List<String> stale = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(url(maintenanceDb), user, password);
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("select datname from pg_database where datname like 'openar\\_t\\_%'")) {
        while (rs.next()) {
          stale.add(rs.getString(1));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot reach the test PostgreSQL at " + url(maintenanceDb), e);
      }
      for (String db : stale) {
        try {
          execute("drop database if exists " + db + " with (force)");
        } catch (IllegalStateException e) {
          // another test JVM may still be using it; leave it
        }
      }
      execute("create database " + TEMPLATE);
      Flyway.configure().dataSource(url(TEMPLATE), user, password).locations("classpath:db/migration").load().migrate();
    }
  }
}
