package org.openar.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The early start of {@code serve}: the embedded database is up and migrated before the context claims it. */
class EarlyDatabaseStartTest {

  @TempDir Path dir;

  @Test
  void theClaimedDatabaseHasEveryMigrationAppliedAlready() throws Exception {
    EarlyDatabaseStart.begin(dir);
    try (EmbeddedDatabase db = EarlyDatabaseStart.claim(dir, true).orElseThrow()) {
      long migrations = Arrays.stream(new PathMatchingResourcePatternResolver()
          .getResources(EarlyDatabaseStart.MIGRATIONS + "/**/V*.sql")).count();
      assertThat(migrations).isGreaterThan(20);
      try (Connection c = DriverManager.getConnection(db.jdbcUrl("openar"), EmbeddedDatabase.SUPERUSER, "");
          ResultSet rs = c.createStatement().executeQuery(
              "select count(*) filter (where success), count(*) from flyway_schema_history where version is not null")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(migrations);
        assertThat(rs.getLong(2)).isEqualTo(migrations);
      }
    }
  }

  @Test
  void itMigratesTheLocationsTheContextMigrates() throws Exception {
    String yml = Files.readString(Path.of("src/main/resources/application.yml"));
    assertThat(yml).contains("flyway:\n    locations: " + EarlyDatabaseStart.MIGRATIONS + "\n");
  }
}
