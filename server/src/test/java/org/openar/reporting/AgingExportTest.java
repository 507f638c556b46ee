package org.openar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.ledger.Ledger;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Aging exports: CSV and Excel, grouped rows and items, headers in either language, numbers as numbers. */
@OpenArIntegrationTest
class AgingExportTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired Ledger ledger;
  @Autowired BusinessCalendar calendar;

  ReportingFixture f;
  String clerk;
  CustomerView a;
  CustomerView odd;
  LocalDate t;

  @BeforeEach
  void book() {
    f = new ReportingFixture(customers, masterData, ledger);
    t = calendar.today();
    clerk = Api.bearer(users, "export-clerk", Role.AR_CLERK);
    a = f.customer("A", "甲公司", "Alpha Ltd", null);
    odd = f.customer("Z", "=HYPERLINK(\"http://x\")", "=cmd|calc", null);
    f.invoice(a.id(), "A1", "1234.50 CNY", t.minusDays(50), t.minusDays(40));
    f.invoice(a.id(), "A2", "1000 JPY", t.minusDays(5), t.plusDays(25));
    f.invoice(odd.id(), "Z1", "10.00 CNY", t.minusDays(3), t.minusDays(2));
    f.payment(a.id(), "PA", "34.50 CNY", t);
  }

  private byte[] export(MockHttpServletRequestBuilder request, String contentType) throws Exception {
    return mvc.perform(request.param("companyId", f.company.id().toString()).header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(contentType)))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
        .andReturn().getResponse().getContentAsByteArray();
  }

  @Test
  void csvOfTheGroupsInChineseWithABomTotalsAndDefusedFormulas() throws Exception {
    byte[] csv = export(get("/api/v1/reports/aging/export").param("format", "csv").param("lang", "zh-CN"),
        "text/csv");
    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines.get(0)).isEqualTo("客户编码,名称,币种,未到期,1-30 天,31-60 天,61-90 天,91-180 天,180 天以上,合计,"
        + "未清借方,未核销贷方,逾期借方");
    assertThat(lines).contains(
        a.code() + ",甲公司,CNY,-34.50,0.00,1234.50,0.00,0.00,0.00,1200.00,1234.50,34.50,1234.50",
        a.code() + ",甲公司,JPY,1000,0,0,0,0,0,1000,1000,0,0",
        odd.code() + ",\"'=HYPERLINK(\"\"http://x\"\")\",CNY,0.00,10.00,0.00,0.00,0.00,0.00,10.00,10.00,0.00,10.00",
        "合计,,CNY,-34.50,10.00,1234.50,0.00,0.00,0.00,1210.00,1244.50,34.50,1244.50",
        "合计,,JPY,1000,0,0,0,0,0,1000,1000,0,0");
  }

  @Test
  void excelOfTheGroupsInEnglishWithNumericCurrencyCellsAndAFrozenHeader() throws Exception {
    byte[] xlsx = export(get("/api/v1/reports/aging/export").param("lang", "en"), "application/vnd.openxml");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = wb.getSheet("Aging");
      XSSFRow header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Customer code");
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Not yet due");
      assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Over 180 days");
      assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
      XSSFRow cny = row(sheet, a.code(), "CNY");
      assertThat(cny.getCell(1).getStringCellValue()).isEqualTo("Alpha Ltd");
      assertThat(cny.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cny.getCell(5).getNumericCellValue()).isEqualTo(1234.5);
      assertThat(cny.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"CNY\";-#,##0.00 \"CNY\"");
      assertThat(row(sheet, a.code(), "JPY").getCell(3).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0 \"JPY\";-#,##0 \"JPY\"");
      assertThat(row(sheet, "Total", "CNY").getCell(9).getNumericCellValue()).isEqualTo(1210.0);
      XSSFSheet params = wb.getSheet("Parameters");
      assertThat(params.getRow(1).getCell(0).getStringCellValue()).isEqualTo("As of");
      assertThat(DateUtil.isCellDateFormatted(params.getRow(1).getCell(1))).isTrue();
      assertThat(params.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(t);
    }
  }

  @Test
  void excelOfTheItemsOfOneCustomerWithDatesAndSignedAmounts() throws Exception {
    byte[] xlsx = export(get("/api/v1/reports/aging/export").param("level", "items").param("lang", "zh-CN")
        .param("group", a.id().toString()), "application/vnd.openxml");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = wb.getSheet("账龄明细");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("单据号");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      XSSFRow first = sheet.getRow(1);
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo(f.number("A1"));
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("发票");
      assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
      assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(40.0);
      assertThat(first.getCell(11).getStringCellValue()).isEqualTo("31-60 天");
      XSSFRow payment = row(sheet, a.code(), null, f.number("PA"));
      assertThat(payment.getCell(14).getNumericCellValue()).isEqualTo(-34.5);
      assertThat(payment.getCell(2).getStringCellValue()).isEqualTo("收款");
    }
  }

  @Test
  void csvOfTheItemsOfOneBucket() throws Exception {
    byte[] csv = export(get("/api/v1/reports/aging/export").param("level", "items").param("format", "csv")
        .param("bucket", "1").param("lang", "en"), "text/csv");
    List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines).as("the payment of today is current, not in 1-30").hasSize(2);
    assertThat(lines.get(0)).startsWith("Customer code,Customer,Type,Document number,");
    assertThat(lines.get(1)).startsWith(odd.code() + ",'=cmd|calc,Invoice," + f.number("Z1") + ",,,")
        .endsWith(",2,1-30 days,CNY,10.00,10.00");
  }

  private static XSSFRow row(XSSFSheet sheet, String first, String currency) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row.getCell(0).getStringCellValue().equals(first) && row.getCell(2).getStringCellValue().equals(currency)) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + " " + currency);
  }

  private static XSSFRow row(XSSFSheet sheet, String first, String unused, String document) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row.getCell(0).getStringCellValue().equals(first) && row.getCell(3).getStringCellValue().equals(document)) {
        return row;
      }
    }
    throw new AssertionError("no row " + document);
  }
}
