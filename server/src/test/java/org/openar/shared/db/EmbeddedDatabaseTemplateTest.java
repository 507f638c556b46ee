package org.openar.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new data directory starts as a copy of the launcher's template; nothing else is ever replaced by it. */
class EmbeddedDatabaseTemplateTest {

  @TempDir Path dir;

  @AfterEach
  void clear() {
    System.clearProperty(EmbeddedDatabase.TEMPLATE_PROPERTY);
  }

  @Test
  void aNewDataDirectoryIsACopyOfTheTemplateAndAnExistingOneIsLeftAlone() throws Exception {
    Path template = dir.resolve("template");
    try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(template, true)) {
      sql(db, "create table from_template (x int)");
    }
    Path existing = dir.resolve("existing");
    try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(existing, true)) {
      sql(db, "create table own_table (x int)");
    }

    System.setProperty(EmbeddedDatabase.TEMPLATE_PROPERTY, template.resolve("pgdata").toString());
    Path fresh = dir.resolve("fresh");
    try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(fresh, true)) {
      assertThat(tables(db)).contains("from_template");
      sql(db, "create table only_in_the_copy (x int)");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("pgdata"))))
        .isEqualTo("rwx------");
    assertThat(Files.exists(dir.resolve("fresh/pgdata.copying"))).isFalse();
    try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(existing, true)) {
      assertThat(tables(db)).contains("own_table").doesNotContain("from_template");
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(template, true)) {
      assertThat(tables(db)).contains("from_template").doesNotContain("only_in_the_copy");
      // a running template (postmaster.pid present) is not a clean copy source: the new directory is initialised
      try (EmbeddedDatabase other = EmbeddedDatabase.startOrAttach(dir.resolve("other"), true)) {
        assertThat(tables(other)).doesNotContain("from_template");
      }
    }
  }

  private static void sql(EmbeddedDatabase db, String statement) throws Exception {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl("postgres"), EmbeddedDatabase.SUPERUSER, "")) {
      c.createStatement().execute(statement);
    }
  }

  private static List<String> tables(EmbeddedDatabase db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl("postgres"), EmbeddedDatabase.SUPERUSER, "");
        ResultSet rs = c.createStatement().executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
