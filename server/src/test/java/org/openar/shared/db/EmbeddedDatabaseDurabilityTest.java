package org.openar.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL of serve, the CLI and the benchmarks is crash-safe: zonky starts every postmaster with
 * {@code -F} (fsync off) and {@code synchronous_commit=off}, and the durable start must override both.
 */
class EmbeddedDatabaseDurabilityTest {

  @Test
  void aDurableServerKeepsFsyncSynchronousCommitAndFullPageWritesOn(@TempDir Path dir) throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(dir, true)) {
      assertThat(settings(db)).containsExactly(Map.entry("fsync", "on"), Map.entry("synchronous_commit", "on"),
          Map.entry("full_page_writes", "on"));
    }
  }

  private static Map<String, String> settings(EmbeddedDatabase db) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl("postgres"), EmbeddedDatabase.SUPERUSER, "");
        Statement st = c.createStatement()) {
      for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
        try (ResultSet rs = st.executeQuery("show " + name)) {
          rs.next();
          values.put(name, rs.getString(1));
        }
      }
    }
    return values;
  }
}
