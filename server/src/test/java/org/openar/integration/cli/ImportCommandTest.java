package org.openar.integration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openar.OpenAr;
import org.openar.OpenArApplication;
import org.openar.shared.cli.SpringCli;
import org.openar.test.TestDatabases;

/**
 * {@code openar import} end to end, as a user runs it: a fresh database, the launcher's command line, progress and the
 * rejected rows on the console, the rejected rows file, exit codes 3 (rows rejected) and 0, a dry run.
 */
class ImportCommandTest {

  @Test
  void importsReportsRejectedRowsAndExitsNonZeroThenAddsNothingTheSecondTime() throws Exception {
    TestDatabases.Connect db = TestDatabases.fresh();
    try (AutoCloseable lease = TestDatabases.lease()) {
      String url = db.url() + "?user=" + db.user() + "&password=" + db.password();
      company(db);
      Path dir = Files.createTempDirectory("import-cli");
      Path file = Files.writeString(dir.resolve("发票.csv"), """
          客户编码,发票号,开票日期,到期日,金额
          CLI-1,F-1,2026-01-05,2026-02-04,"1,000.00"
          CLI-2,F-2,2026-01-06,2026-02-05,200
          CLI-1,F-3,2026-01-07,2026-02-06,12.345
          """);
      Path rejected = dir.resolve("rejected.csv");
      String[] args = {"import", "--type", "open-invoices", "--file", file.toString(), "--company", "CLI",
          "--create-customers", "--db-url", url, "--data-dir", dir.resolve("data").toString()};

      Run first = run(concat(args, "--rejected", rejected.toString()));
      assertThat(first.code).as(first.out).isEqualTo(3);
      assertThat(first.out).contains("rows read 3: accepted 2, rejected 1, already present 0; customers created 2")
          .contains("row 4, 金额: '12.345' has more decimals than CNY has (2).");
      assertThat(Files.readString(rejected, StandardCharsets.UTF_8)).contains("4,金额,amount,INTEGRATION_TOO_MANY_DECIMALS");

      Run second = run(args);
      assertThat(second.code).isEqualTo(3);
      assertThat(second.out).contains("accepted 0, rejected 1, already present 2").contains("imported before");

      Path fixed = Files.writeString(dir.resolve("fixed.csv"), "客户编码,发票号,开票日期,到期日,金额\n"
          + "CLI-1,F-3,2026-01-07,2026-02-06,12.35\n");
      Run dry = run("import", "--type", "open-invoices", "--file", fixed.toString(), "--company", "CLI",
          "--dry-run", "--db-url", url, "--data-dir", dir.resolve("data").toString());
      assertThat(dry.code).as(dry.out).isZero();
      assertThat(dry.out).contains("(dry run: nothing written)").contains("accepted 1, rejected 0");

      Run bad = run("import", "--type", "open-invoices", "--file", fixed.toString(), "--company", "CLI",
          "--map", "客户编码=customerCode", "--db-url", url, "--data-dir", dir.resolve("data").toString());
      assertThat(bad.code).isEqualTo(1);
      assertThat(bad.out).contains("Import refused").contains("invoiceNumber");
    }
  }

  private record Run(int code, String out) {}

  private static Run run(String... args) {
    SpringCli.init(OpenArApplication.class);
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code = OpenAr.commandLine().execute(args);
      return new Run(code, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
  }

  private static void company(TestDatabases.Connect db) throws Exception {
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement ps = c.prepareStatement("""
            insert into customers_company (id, code, name, name_en, base_currency, time_zone, created_at)
            values (?, 'CLI', '命令行公司', 'CLI Co', 'CNY', 'Asia/Shanghai', now())""")) {
      ps.setObject(1, UUID.randomUUID());
      ps.executeUpdate();
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
