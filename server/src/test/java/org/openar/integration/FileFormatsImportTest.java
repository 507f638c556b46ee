package org.openar.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.error.OpenArException;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV in the encodings Chinese files come in, European CSV, and xlsx with real date and number cells. */
@OpenArIntegrationTest
class FileFormatsImportTest {

  static final String CHINESE = """
      客户编码,客户名称,发票号,开票日期,到期日,金额,备注
      G1,广州某某有限公司,%s-1,2026年1月5日,2026年2月4日,"￥1,000.00",货款
      """;

  @Autowired Imports imports;
  @Autowired Customers customers;
  @Autowired LedgerQueries ledger;
  ImportFixture f;

  @BeforeEach
  void setUp() {
    f = new ImportFixture(customers);
    f.customer(customers, "G1");
  }

  @Test
  void gbkAndGb18030FilesAreDetectedAndReadWithTheirChineseIntact() throws Exception {
    Path gbk = ImportFixture.csv(CHINESE.formatted("GBK"), Charset.forName("GBK"), false);
    ImportResult r = imports.run(gbk, "gbk.csv", f.request(ImportType.OPEN_INVOICES, Map.of()), null);
    assertThat(r.job().encoding()).isEqualTo("GB18030");
    assertThat(r.job().progress().accepted()).isEqualTo(1);
    assertThat(invoice("GBK-1").description()).isEqualTo("货款");
  }

  @Test
  void utf8WithAByteOrderMarkKeepsItsFirstHeader() throws Exception {
    Path bom = ImportFixture.csv(CHINESE.formatted("BOM"), java.nio.charset.StandardCharsets.UTF_8, true);
    ImportResult r = imports.run(bom, "bom.csv", f.request(ImportType.OPEN_INVOICES, Map.of()), null);
    assertThat(r.job().progress().accepted()).isEqualTo(1);
    assertThat(invoice("BOM-1").originalAmount().amount()).isEqualByComparingTo("1000.00");
  }

  @Test
  void aWrongChosenEncodingFailsTheImportWithTheRowInsteadOfGarblingNames() throws Exception {
    Path gbk = ImportFixture.csv(CHINESE.formatted("WRONG"), Charset.forName("GBK"), false);
    ImportRequest utf8 = new ImportRequest(ImportType.OPEN_INVOICES, f.company.id(), ColumnMapping.of(Map.of(
        "客户编码", "customerCode", "发票号", "invoiceNumber", "开票日期", "invoiceDate", "金额", "amount")), "UTF-8",
        null, false);
    assertThatThrownBy(() -> imports.run(gbk, "wrong.csv", utf8, null)).isInstanceOfSatisfying(
        OpenArException.class, e -> assertThat(e.errorCode()).isEqualTo(IntegrationError.INTEGRATION_NOT_IN_ENCODING));
    assertThat(ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of("WRONG-1"))).isEmpty();
  }

  @Test
  void semicolonSeparatedWithDecimalCommasAndDayFirstDates() throws Exception {
    Path eu = ImportFixture.csv("Kunde;Rechnung;Datum;Fällig;Betrag\nG1;EU-1;05.01.2026;04.02.2026;1.234,56\n"
        + "G1;EU-2;13.01.2026;12.02.2026;99,5\n");
    ColumnMapping m = new ColumnMapping(Map.of("Kunde", "customerCode", "Rechnung", "invoiceNumber",
        "Datum", "invoiceDate", "Fällig", "dueDate", "Betrag", "amount"), DateFormat.DMY, ",", "EUR", null);
    ImportResult r = imports.run(eu, "eu.csv", f.request(ImportType.OPEN_INVOICES, m), null);
    assertThat(r.rejected()).isEmpty();
    ItemView one = invoice("EU-1");
    assertThat(one.originalAmount().toString()).isEqualTo("1234.56 EUR");
    assertThat(one.documentDate()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(invoice("EU-2").originalAmount().toString()).isEqualTo("99.50 EUR");
  }

  @Test
  void xlsxDateCellsNumbersAndExcelSerialsInTheChosenSheet() throws Exception {
    Path xlsx = ImportFixture.xlsx(List.of("客户编码", "发票号", "开票日期", "到期日", "金额", "分期"), List.of(
        List.of("G1", "X-1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 4), 1234.5, 1),
        List.of("G1", "X-1", LocalDate.of(2026, 1, 5), "46087", 10, 2),
        List.of("G1", 20001, "2026-01-07", LocalDate.of(2026, 2, 6), 0.1, ""),
        List.of("G1", "X-3", "not a date", LocalDate.of(2026, 2, 6), 5, "")));
    ImportResult r = imports.run(xlsx, "发票.xlsx", new ImportRequest(ImportType.OPEN_INVOICES, f.company.id(),
        ColumnMapping.of(Map.of()), null, "发票", false), null);
    assertThat(r.job().format()).isEqualTo("XLSX");
    assertThat(r.job().progress().accepted()).isEqualTo(3);
    assertThat(r.rejected()).singleElement().satisfies(x -> {
      assertThat(x.rowNumber()).isEqualTo(5);
      assertThat(x.problems().get(0).column()).isEqualTo("开票日期");
    });
    List<ItemView> x1 = ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of("X-1"));
    assertThat(x1).extracting(v -> v.installmentNo() + " " + v.originalAmount() + " " + v.dueDate())
        .containsExactlyInAnyOrder("1 1234.50 CNY 2026-02-04", "2 10.00 CNY 2026-03-06");
    assertThat(invoice("20001").originalAmount().toString()).isEqualTo("0.10 CNY");
    assertThatThrownBy(() -> imports.run(xlsx, "x.xlsx", new ImportRequest(ImportType.OPEN_INVOICES,
        f.company.id(), null, null, "No such sheet", false), null)).isInstanceOfSatisfying(OpenArException.class,
        e -> assertThat(e.errorCode()).isEqualTo(IntegrationError.INTEGRATION_UNKNOWN_SHEET));
  }

  @Test
  void theOldBinaryExcelFormatIsRefusedWithAHint() throws Exception {
    Path xls = Files.createTempFile("old-", ".xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1});
    assertThatThrownBy(() -> imports.run(xls, "old.xls", f.request(ImportType.OPEN_INVOICES, Map.of()), null))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(IntegrationError.INTEGRATION_UNSUPPORTED_FORMAT));
  }

  private ItemView invoice(String number) {
    return ledger.findDocuments(f.company.id(), ItemType.INVOICE, List.of(number)).get(0);
  }
}
