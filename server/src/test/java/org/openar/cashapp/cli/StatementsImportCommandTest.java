package org.openar.cashapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openar.OpenAr;
import org.openar.OpenArApplication;
import org.openar.cashapp.Camt053;
import org.openar.cashapp.CashFixture;
import org.openar.shared.cli.SpringCli;
import org.openar.test.TestDatabases;
import picocli.CommandLine;

/**
 * {@code openar statements import}: the database path from the command line, against a database of its own: a file
 * imported, its copy recognised as imported before, a statement for an unknown account refused with the account.
 */
class StatementsImportCommandTest {

  @TempDir Path dir;

  @Test
  void importsSkipsDuplicatesAndNamesTheUnknownAccount() throws Exception {
    TestDatabases.Connect db = TestDatabases.fresh();
    String iban = Camt053.iban(CashFixture.randomAccount());
    registerAccount(db, iban);
    LocalDate day = LocalDate.of(2026, 3, 2);
    byte[] camt = new Camt053(iban, "CNY", "CLI-1", day, BigDecimal.TEN).credit("R1", "88.00", "Someone", null, "x")
        .bytes();
    Files.write(dir.resolve("a.xml"), camt);
    Files.write(dir.resolve("b.xml"), camt);
    String stranger = Camt053.iban(CashFixture.randomAccount());
    Files.write(dir.resolve("c.xml"), new Camt053(stranger, "CNY", "CLI-2", day, BigDecimal.TEN)
        .credit("R1", "1.00", "x", null, "y").bytes());

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (AutoCloseable lease = TestDatabases.lease()) {
      System.setProperty("openar.db.user", db.user());
      System.setProperty("openar.db.password", db.password());
      SpringCli.init(OpenArApplication.class);
      CommandLine cli = OpenAr.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      code = cli.execute("statements", "import", dir.resolve("a.xml").toString(), dir.resolve("b.xml").toString(),
          dir.resolve("c.xml").toString(), "--db-url", db.url(), "--data-dir", dir.resolve("data").toString());
    } finally {
      System.clearProperty("openar.db.user");
      System.clearProperty("openar.db.password");
    }

    assertThat(code).as(err.toString()).isEqualTo(1);
    assertThat(out.toString())
        .contains("a.xml (camt053): 1 statement(s) imported, 0 skipped")
        .contains("b.xml (camt053): 0 statement(s) imported, 1 skipped as imported before")
        .contains("matching: 0 posted automatically, 1 in the exception queue");
    assertThat(err.toString()).contains("c.xml: Unknown bank account").contains(stranger);
  }

  private static void registerAccount(TestDatabases.Connect db, String iban) throws Exception {
    UUID company = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      try (PreparedStatement ps = c.prepareStatement("insert into customers_company (id, code, name, base_currency,"
          + " time_zone, created_at) values (?, 'CLI', 'CLI 测试', 'CNY', 'Asia/Shanghai', now())")) {
        ps.setObject(1, company);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("insert into cashapp_house_account (id, company_id,"
          + " account_number, account_key, iban, active, version, created_at, updated_at, created_by)"
          + " values (?, ?, ?, ?, true, true, 0, now(), now(), 'test')")) {
        ps.setObject(1, UUID.randomUUID());
        ps.setObject(2, company);
        ps.setString(3, iban);
        ps.setString(4, iban);
        ps.executeUpdate();
      }
    }
  }
}
