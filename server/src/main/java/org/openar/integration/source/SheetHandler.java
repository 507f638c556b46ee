package org.openar.integration.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one sheet's XML ({@code <row r><c r t s><v/><is><t/></is></c></row>}): collects each row's cells by
 * column letter (gaps stay blank) and hands finished rows to the sink, the first non-blank one as the header.
 */
final class SheetHandler extends DefaultHandler {

  /** Thrown through the XML parser to stop reading early. */
  static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private final RowSink sink;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final char decimal;
  private final List<String> cells = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private boolean headerSeen;
  private long rowNumber;
  private int column;
  private String cellType;
  private int style;
  private boolean inValue;

  SheetHandler(RowSink sink, SharedStrings strings, StylesTable styles, char decimal) {
    this.sink = sink;
    this.strings = strings;
    this.styles = styles;
    this.decimal = decimal;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    switch (localName) {
      case "row" -> {
        String r = atts.getValue("r");
        rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
        cells.clear();
      }
      case "c" -> {
        String ref = atts.getValue("r");
        column = ref == null ? cells.size() : columnIndex(ref);
        cellType = atts.getValue("t");
        String s = atts.getValue("s");
        style = s == null ? -1 : Integer.parseInt(s);
        text.setLength(0);
      }
      case "v", "t" -> inValue = true;
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    switch (localName) {
      case "v", "t" -> inValue = false;
      case "c" -> {
        while (cells.size() < column) {
          cells.add("");
        }
        cells.add(value());
      }
      case "row" -> emit();
      default -> { }
    }
  }

  void finish() {
    if (!headerSeen) {
      throw new org.openar.shared.error.OpenArException(org.openar.integration.IntegrationError.INTEGRATION_NO_HEADER);
    }
  }

  private void emit() {
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    String[] row = cells.toArray(String[]::new);
    if (!headerSeen) {
      headerSeen = true;
      sink.header(CsvSource.header(row));
    } else if (!sink.row(rowNumber, row)) {
      throw new Stop();
    }
  }

  private String value() {
    String v = text.toString();
    if (cellType == null || cellType.equals("n")) {
      return v.isEmpty() ? "" : number(v);
    }
    return switch (cellType) {
      case "s" -> strings.getItemAt(Integer.parseInt(v.strip())).getString();
      case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
      default -> v; // inlineStr, str (formula text), e (error text such as #N/A)
    };
  }

  private String number(String raw) {
    double d = Double.parseDouble(raw);
    if (style >= 0 && isDate(style) && DateUtil.isValidExcelDate(d)) {
      return DateUtil.getLocalDateTime(d).toLocalDate().toString();
    }
    String n = NumberToTextConverter.toText(d);
    return decimal == '.' ? n : n.replace('.', decimal);
  }

  private boolean isDate(int styleIndex) {
    XSSFCellStyle s = styles.getStyleAt(styleIndex);
    return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
  }

  /** "AB12" → 27 (zero-based). */
  static int columnIndex(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      col = col * 26 + (c - 'A' + 1);
    }
    return col - 1;
  }
}
