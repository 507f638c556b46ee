package org.openar.integration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.shared.money.CurrencyCode;

/** A company of its own per test (tests share a database), and files written the way users' files come. */
final class ImportFixture {

  final CompanyView company;
  final String tag;

  ImportFixture(Customers customers) {
    this(customers, CurrencyCode.CNY);
  }

  ImportFixture(Customers customers, CurrencyCode currency) {
    tag = UUID.randomUUID().toString().substring(0, 8);
    company = customers.createCompany(new Customers.NewCompany("IMP" + tag, "导入测试 " + tag, "Import Test " + tag,
        currency, ZoneId.of("Asia/Shanghai")));
  }

  CustomerView customer(Customers customers, String code) {
    return customers.create(new Customers.NewCustomer(company.id(), code, null, code + " Ltd", null, Tier.B, null,
        null, null, List.of()));
  }

  ImportRequest request(ImportType type, Map<String, String> columns) {
    return new ImportRequest(type, company.id(), ColumnMapping.of(columns), null, null, false);
  }

  ImportRequest request(ImportType type, ColumnMapping mapping) {
    return new ImportRequest(type, company.id(), mapping, null, null, false);
  }

  static Path csv(String text) throws IOException {
    return csv(text, java.nio.charset.StandardCharsets.UTF_8, false);
  }

  static Path csv(String text, Charset charset, boolean bom) throws IOException {
    Path p = Files.createTempFile("import-test-", ".csv");
    try (OutputStream out = Files.newOutputStream(p)) {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.write(text.getBytes(charset));
    }
    return p;
  }

  /** An xlsx with a header row and rows; LocalDate cells become date-formatted numbers, numbers numeric cells. */
  static Path xlsx(List<String> header, List<List<Object>> rows) throws IOException {
    Path p = Files.createTempFile("import-test-", ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      Sheet sheet = wb.createSheet("发票");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        h.createCell(i).setCellValue(header.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof java.time.LocalDate d) {
            row.createCell(c).setCellValue(d);
            row.getCell(c).setCellStyle(date);
          } else if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(String.valueOf(v));
          }
        }
      }
      wb.write(out);
    }
    return p;
  }
}
