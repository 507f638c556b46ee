package org.openar.integration.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.openar.integration.IntegrationError;
import org.openar.shared.error.OpenArException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An xlsx sheet read as a SAX stream (POI's event model): only the shared strings and styles are held in memory, never
 * the rows, so a sheet of a million rows reads in constant memory. Date-formatted numbers come out as ISO dates,
 * other numbers as their shortest exact decimal text with the mapping's decimal separator. Progress counts the
 * sheet's uncompressed XML bytes.
 */
final class XlsxSource implements TabularSource {

  private final Path file;
  private final String sheetName;
  private final char decimal;
  private CountingInputStream counter;
  private long total;

  XlsxSource(Path file, String sheetName, char decimal) {
    this.file = file;
    this.sheetName = sheetName;
    this.decimal = decimal;
  }

  /** The names of the workbook's sheets, in order. */
  static List<String> sheets(Path file) throws IOException {
    try (OPCPackage pkg = open(file)) {
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator it = new XSSFReader(pkg).getSheetIterator();
      while (it.hasNext()) {
        it.next().close();
        names.add(it.getSheetName());
      }
      return names;
    } catch (OpenXML4JException e) {
      throw unreadable(e);
    }
  }

  @Override
  public void read(RowSink sink) throws IOException {
    try (OPCPackage pkg = open(file)) {
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      while (it.hasNext()) {
        InputStream sheet = it.next();
        if (sheetName == null || sheetName.equals(it.getSheetName())) {
          PackagePart part = it.getSheetPart();
          total = part.getSize() > 0 ? part.getSize() : 0;
          try (InputStream in = counter = new CountingInputStream(sheet)) {
            parse(in, new SheetHandler(sink, strings, styles, decimal));
          }
          return;
        }
        sheet.close();
      }
      throw new OpenArException(IntegrationError.INTEGRATION_UNKNOWN_SHEET, sheetName);
    } catch (OpenXML4JException | SAXException e) {
      throw unreadable(e);
    }
  }

  private static void parse(InputStream in, SheetHandler handler) throws IOException, SAXException {
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (SheetHandler.Stop stop) {
      return; // the sink has what it needs
    }
    handler.finish();
  }

  private static OPCPackage open(Path file) throws IOException {
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
        | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      throw unreadable(e);
    }
  }

  private static OpenArException unreadable(Exception e) {
    return new OpenArException(IntegrationError.INTEGRATION_UNREADABLE_FILE, "xlsx: " + e.getMessage());
  }

  @Override
  public long bytesRead() {
    return counter == null ? 0 : counter.count();
  }

  @Override
  public long totalBytes() {
    return total;
  }

  @Override
  public String encoding() {
    return null;
  }
}
