package org.openar.cashapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openar.OpenAr;
import picocli.CommandLine;

/** {@code openar match} end to end on small files: the exact M.csv, the statistics and the accuracy lines. */
class MatchCommandTest {

  static final String CUSTOMERS = """
      customer_id,name,accounts,aliases
      C1,上海华信贸易有限公司,6222000011112222,SHANGHAI HUAXIN TRADING CO LTD
      C2,Müller Maschinenbau GmbH,DE89370400440532013000|DE02120300000000202051,
      C3,"Atlas Foods, Ltd.",,Atlas Nahrungsmittel
      """;
  static final String ITEMS = """
      invoice_number,customer_id,currency,open_amount,invoice_date,due_date,discount_percent,discount_until
      INV-2026-000123,C1,CNY,1000.00,2026-01-20,2026-02-19,,
      INV-2026-000124,C1,CNY,2500.00,2026-01-25,2026-02-24,,
      9000004711,C2,EUR,845.20,2026-02-01,2026-03-03,,
      9000004712,C2,EUR,845.20,2026-02-02,2026-03-04,,
      FV/2026/03/00077,C3,CNY,5000.00,2026-02-25,2026-03-27,2,2026-03-07
      """;
  static final String STATEMENT = """
      line_id,booking_date,value_date,amount,currency,payer_name,payer_account,remittance
      L1,2026-03-02,2026-03-02,3500.00,CNY,上海华信贸易有限公司,6222000011112222,"发票号 INV-2026-000123, INV-2026-000124 货款"
      L2,2026-03-02,2026-03-02,845.20,EUR,MUELLER MASCHINENBAU,DE89370400440532013000,Zahlung
      L3,2026-03-02,2026-03-02,4900.00,CNY,Atlas Nahrungsmittel,,Rechnung 2026/03/77
      L4,2026-03-02,2026-03-02,88.10,CNY,国家税务总局,,退税
      L5,2026-03-02,2026-03-02,-12.00,CNY,Bank,,fees
      L6,2026-03-02,2026-03-02,999.00,EUR,Müller Maschinenbau GmbH,DE02120300000000202051,Vorauszahlung
      """;
  static final String TRUTH = """
      line_id,invoice_number,applied_amount
      L1,INV-2026-000123,1000.00
      L1,INV-2026-000124,2500.00
      L2,9000004711,845.20
      L3,FV/2026/03/00077,4900.00
      """;

  @TempDir
  Path dir;

  @Test
  void writesTheContractM_csvAndScoresItAgainstTheTruth() throws Exception {
    write("C.csv", CUSTOMERS);
    write("I.csv", ITEMS);
    write("S.csv", STATEMENT);
    write("T.csv", TRUTH);
    Run run = run("match", "--customers", dir.resolve("C.csv").toString(), "--open-items", dir.resolve("I.csv").toString(),
        "--statement", dir.resolve("S.csv").toString(), "--out", dir.resolve("M.csv").toString(),
        "--truth", dir.resolve("T.csv").toString());
    assertThat(run.code).as(run.err).isZero();
    assertThat(Files.readString(dir.resolve("M.csv"))).isEqualTo("""
        line_id,customer_id,invoice_number,applied_amount,discount_amount,status
        L1,C1,INV-2026-000123,1000.00,0.00,AUTO
        L1,C1,INV-2026-000124,2500.00,0.00,AUTO
        L2,C2,9000004711,845.20,0.00,SUGGESTED
        L3,C3,FV/2026/03/00077,4900.00,100.00,AUTO
        L4,,,88.10,0.00,UNMATCHED
        L6,C2,,999.00,0.00,ON_ACCOUNT
        """);
    assertThat(run.out).contains("Statement S.csv (csv): 1 statement(s), 6 lines, 1 debit lines not matched")
        .contains("AUTO               2   40.00%")
        .contains("auto-match rate    66.667%  (2 correct AUTO lines / 3 lines with a truth)")
        .contains("precision         100.000%  (2 correct / 2 AUTO lines)")
        .contains("line-level hit    100.000%");
  }

  @Test
  void aBadCellFailsWithFileLineAndColumn() throws Exception {
    write("C.csv", CUSTOMERS);
    write("I.csv", ITEMS.replace("2500.00", "25OO.00"));
    write("S.csv", STATEMENT);
    Run run = run("match", "--customers", dir.resolve("C.csv").toString(), "--open-items", dir.resolve("I.csv").toString(),
        "--statement", dir.resolve("S.csv").toString(), "--format", "csv", "--out", dir.resolve("M.csv").toString());
    assertThat(run.code).isNotZero();
    assertThat(run.err).contains("I.csv, line 3, column open_amount: '25OO.00' is not a decimal number");
  }

  @Test
  void aBrokenStatementFailsNamingThePlace() throws Exception {
    write("C.csv", CUSTOMERS);
    write("I.csv", ITEMS);
    write("S.bai", "01,1,2,260302,0200,1,,,2/\n02,1,2,1,260302,,CNY,2/\n03,123,,010,100,,/\n49,101,2/\n98,101,1,4/\n99,101,1,6/\n");
    Run run = run("match", "--customers", dir.resolve("C.csv").toString(), "--open-items", dir.resolve("I.csv").toString(),
        "--statement", dir.resolve("S.bai").toString(), "--out", dir.resolve("M.csv").toString());
    assertThat(run.code).isNotZero();
    assertThat(run.err).contains("S.bai, line 4, record 49: account control total of 123 is 101 but its 03 and 16 "
        + "amounts add up to 100");
  }

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cli = OpenAr.commandLine();
      cli.setErr(new PrintWriter(err, true));
      int code = cli.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(old);
    }
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
