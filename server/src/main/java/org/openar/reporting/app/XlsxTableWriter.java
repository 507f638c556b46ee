package org.openar.reporting.app;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Excel (xlsx) through POI's streaming SXSSF: only a window of rows is in memory, the rest goes to a compressed temp
 * file. Amounts are numeric cells with a number format of their currency ({@code #,##0.00 "CNY"}, no decimals for
 * JPY), dates are date cells, the header row is bold, frozen and carries an auto-filter.
 */
public final class XlsxTableWriter implements TableWriter {

  /** Rows per sheet Excel accepts, header included. */
  public static final int MAX_ROWS = 1_048_576;
  private static final int WINDOW = 200;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final Map<CurrencyCode, CellStyle> moneyStyles = new HashMap<>();
  private final CellStyle dateStyle;
  private final CellStyle headerStyle;
  private SXSSFSheet sheet;
  private int columns;
  private int nextRow;

  public XlsxTableWriter(OutputStream out) {
    this.out = out;
    workbook.setCompressTempFiles(true);
    dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    headerStyle = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    headerStyle.setFont(bold);
    headerStyle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  @Override
  public void sheet(String name, List<String> header) {
    closeSheet();
    sheet = workbook.createSheet(name);
    columns = header.size();
    nextRow = 0;
    Row row = sheet.createRow(nextRow++);
    for (int c = 0; c < header.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(header.get(c));
      cell.setCellStyle(headerStyle);
      sheet.setColumnWidth(c, Math.min(60, Math.max(12, header.get(c).length() + 4)) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(List<?> values) {
    Row row = sheet.createRow(nextRow++);
    for (int c = 0; c < values.size(); c++) {
      Object v = values.get(c);
      if (v == null) {
        continue;
      }
      Cell cell = row.createCell(c);
      if (v instanceof Money m) {
        cell.setCellValue(m.amount().doubleValue());
        cell.setCellStyle(moneyStyle(m.currency()));
      } else if (v instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(dateStyle);
      } else if (v instanceof Number n) {
        cell.setCellValue(n.longValue());
      } else {
        cell.setCellValue(v.toString());
      }
    }
  }

  @Override
  public void finish() throws IOException {
    closeSheet();
    workbook.write(out);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    workbook.close(); // also deletes the temp files
  }

  private void closeSheet() {
    if (sheet != null && columns > 0) {
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
    }
  }

  private CellStyle moneyStyle(CurrencyCode ccy) {
    return moneyStyles.computeIfAbsent(ccy, c -> {
      String digits = c.minorDigits() == 0 ? "" : "." + "0".repeat(c.minorDigits());
      String code = "\"" + c.code() + "\"";
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat()
          .getFormat("#,##0" + digits + " " + code + ";-#,##0" + digits + " " + code));
      return style;
    });
  }
}
