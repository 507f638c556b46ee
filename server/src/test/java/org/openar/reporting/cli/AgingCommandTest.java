package org.openar.reporting.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.Ledger;
import org.openar.reporting.ReportingFixture;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** {@code openar aging} on the application of the test: table, CSV and Excel output, and refusals with a message. */
@OpenArIntegrationTest
class AgingCommandTest {

  @Autowired ApplicationContext ctx;
  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired Ledger ledger;
  @Autowired BusinessCalendar calendar;

  ReportingFixture f;
  CustomerView a;
  LocalDate t;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void book() {
    f = new ReportingFixture(customers, masterData, ledger);
    t = calendar.today();
    a = f.customer("A", "甲公司", "Alpha Ltd", null);
    f.invoice(a.id(), "A1", "1234.50 CNY", t.minusDays(50), t.minusDays(40));
    f.invoice(a.id(), "A2", "99.00 CNY", t.minusDays(5), t.plusDays(25));
  }

  private int run(String... args) throws Exception {
    AgingCommand cmd = new AgingCommand();
    new CommandLine(cmd).parseArgs(args);
    return cmd.run(ctx, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsAnAlignedTable() throws Exception {
    assertThat(run("--company", f.company.code())).isZero();
    String text = out();
    assertThat(text).contains("Aging", "Customer code", "Not yet due", "Over 180 days");
    assertThat(text.lines().filter(l -> l.startsWith(a.code())).findFirst().orElseThrow())
        .matches(a.code() + " +Alpha Ltd +CNY +99\\.00 +0\\.00 +1234\\.50 +0\\.00 +0\\.00 +0\\.00 +1333\\.50 .*");
    assertThat(text.lines().filter(l -> l.startsWith("Total")).findFirst().orElseThrow()).contains("1333.50");
  }

  @Test
  void pastDateOtherGroupingBucketsAndChineseCsv() throws Exception {
    assertThat(run("--company", f.company.code(), "--as-of", t.minusDays(10).toString(), "--by", "company",
        "--buckets", "30,60", "--format", "csv", "--lang", "zh-CN")).isZero();
    assertThat(out().substring(1).lines().toList()).startsWith(
        "公司编码,名称,币种,未到期,1-30 天,31-60 天,60 天以上,合计,未清借方,未核销贷方,逾期借方",
        f.company.code() + ",上海报表测试有限公司" + f.tag + ",CNY,0.00,1234.50,0.00,0.00,1234.50,1234.50,0.00,1234.50");
  }

  @Test
  void writesExcelItemsToAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("aging.xlsx");
    assertThat(run("--company", f.company.id().toString(), "--format", "xlsx", "--level", "items", "--out",
        file.toString())).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void refusesBadInputWithTheReason() throws Exception {
    assertThat(run("--buckets", "60,30")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("aging bucket");
    err.reset();
    assertThat(run("--as-of", t.plusDays(1).toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("after today");
    err.reset();
    assertThat(run("--by", "region", "--lang", "zh-CN")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("不是有效的分组方式");
    err.reset();
    assertThat(run("--company", "NO-SUCH-COMPANY")).isEqualTo(1);
  }
}
