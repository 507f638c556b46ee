package org.openar.cashapp.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The first sheet of an xlsx export, header in the first row. Date cells are written back in the mapping's pattern and
 * numbers with their shortest exact decimal text, so that the same {@link TabularStatementParser} reads both.
 */
final class XlsxRows {

  private XlsxRows() {}

  static Statement read(String source, byte[] bytes, ColumnMapping mapping) {
    TabularStatementParser parser = new TabularStatementParser(source, mapping);
    DateTimeFormatter dates = DateTimeFormatter.ofPattern(mapping.datePattern());
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheetAt(0);
      Row headerRow = sheet.getRow(sheet.getFirstRowNum());
      if (headerRow == null) {
        throw new StatementException(source, "sheet " + sheet.getSheetName(), "the sheet is empty");
      }
      List<String> header = new ArrayList<>();
      DataFormatter fmt = new DataFormatter();
      headerRow.forEach(c -> header.add(fmt.formatCellValue(c).strip()));
      parser.checkHeader(header);
      List<TabularStatementParser.Row> rows = new ArrayList<>();
      for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
        Row r = sheet.getRow(i);
        if (r == null) {
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          cells.put(header.get(c), text(r.getCell(c), fmt, dates, mapping.decimalSeparator()));
        }
        if (cells.values().stream().allMatch(String::isBlank)) {
          continue;
        }
        rows.add(new TabularStatementParser.Row(i + 1, cells));
      }
      return parser.parse(StatementFormat.XLSX, rows);
    } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
      throw new StatementException(source, "xlsx", "not a readable xlsx workbook: " + e.getMessage());
    }
  }

  private static String text(Cell cell, DataFormatter fmt, DateTimeFormatter dates, char decimalSeparator) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().format(dates);
      }
      String n = NumberToTextConverter.toText(cell.getNumericCellValue());
      return decimalSeparator == ',' ? n.replace('.', ',') : n;
    }
    return fmt.formatCellValue(cell).strip();
  }
}
