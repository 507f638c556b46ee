package org.openar.cashapp.statement;

import com.prowidesoftware.swift.model.MxId;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openar.cashapp.CashappError;
import org.openar.shared.error.OpenArException;

/**
 * ISO 20022 camt.052 / camt.053 / camt.054, every version (001.01 to 001.13). Prowide's {@link MxId} identifies the
 * message from its namespace; the content is read with StAX by local element names.
 *
 * <p>Why not Prowide's typed model ({@code MxCamt05300108} and friends): it is one generated class tree per version
 * ({@code ReportEntry2}, {@code ReportEntry4}, ... {@code ReportEntry10}), so reading seven versions of three messages
 * means twenty-one copies of the same mapping, while the element names we read have not changed since 001.02; and its
 * JAXB parse reports a broken file as a logged warning and a null, where an import must name the line and element.
 * Streaming also keeps a 100,000-entry statement out of memory: one entry is materialised at a time.
 */
final class CamtParser {

  private static final Set<String> MESSAGES = Set.of("BkToCstmrStmt", "BkToCstmrDbtCdtNtfctn", "BkToCstmrAcctRpt");
  private static final Set<String> STATEMENTS = Set.of("Stmt", "Ntfctn", "Rpt");

  private final String source;
  private final CamtStatementReader statementReader;

  CamtParser(String source) {
    this.source = source;
    this.statementReader = new CamtStatementReader(source);
  }

  StatementFile parse(InputStream in) {
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(in);
      return read(r);
    } catch (XMLStreamException e) {
      throw new StatementException(source, place(e), xmlReason(e));
    } finally {
      close(r);
    }
  }

  private StatementFile read(XMLStreamReader r) throws XMLStreamException {
    nextStart(r, "the root element Document");
    if (!r.getLocalName().equals("Document")) {
      throw unrecognised("root element is <" + r.getLocalName() + ">, not an ISO 20022 <Document>");
    }
    String namespace = r.getNamespaceURI();
    if (namespace == null || namespace.isBlank()) {
      int line = r.getLocation().getLineNumber();
      if (!nextChildStart(r)) {
        throw new StatementException(source, "line " + line + ", element Document",
            "the document is empty: the message element (BkToCstmrStmt, BkToCstmrDbtCdtNtfctn or BkToCstmrAcctRpt)"
                + " is missing");
      }
    }
    MxId id = identify(namespace);
    StatementFormat format = switch (id.getFunctionality()) {
      case "052" -> StatementFormat.CAMT052;
      case "053" -> StatementFormat.CAMT053;
      default -> StatementFormat.CAMT054;
    };
    int docLine = r.getLocation().getLineNumber();
    if (!nextChildStart(r)) {
      throw new StatementException(source, "line " + docLine + ", element Document",
          "the message element (" + expectedMessage(format) + ") is missing");
    }
    if (!MESSAGES.contains(r.getLocalName().replaceFirst("V\\d\\d$", ""))) {
      throw new StatementException(source, "line " + r.getLocation().getLineNumber() + ", element Document/"
          + r.getLocalName(), "expected " + expectedMessage(format));
    }
    return readMessage(r, format, id.id());
  }

  private StatementFile readMessage(XMLStreamReader r, StatementFormat format, String messageType)
      throws XMLStreamException {
    String message = r.getLocalName().replaceFirst("V\\d\\d$", ""); // 001.01 named it BkToCstmrAcctRptV01
    int messageLine = r.getLocation().getLineNumber();
    List<Statement> statements = new ArrayList<>();
    int[] entryOrdinal = {0};
    java.util.Map<String, Integer> lineIds = new java.util.HashMap<>();
    while (nextChildStart(r)) {
      String name = r.getLocalName();
      if (STATEMENTS.contains(name)) {
        statements.add(statementReader.read(r, format, messageType, message + "/" + name, entryOrdinal, lineIds));
      } else {
        skipElement(r);
      }
    }
    if (statements.isEmpty()) {
      throw new StatementException(source, "line " + messageLine + ", element " + message,
          "no " + statementElement(format) + " element: the message carries no statement");
    }
    expectEndOfDocument(r);
    return new StatementFile(source, format, statements);
  }

  private MxId identify(String namespace) {
    MxId id;
    try {
      id = namespace == null || namespace.isBlank() ? null : new MxId(namespace);
    } catch (RuntimeException e) {
      id = null;
    }
    if (id == null || id.getBusinessProcess() == null) {
      throw unrecognised("namespace '" + namespace + "' is not an ISO 20022 message");
    }
    String f = id.getFunctionality();
    if (!"camt".equals(id.getBusinessProcess().name()) || !Set.of("052", "053", "054").contains(f)) {
      throw unrecognised(id.id() + " is not a camt.052/053/054 bank statement"
          + (id.getBusinessProcess().name().equals("pain") ? " (it is a payment initiation)" : ""));
    }
    return id;
  }

  private OpenArException unrecognised(String why) {
    return new OpenArException(CashappError.CASHAPP_STATEMENT_UNRECOGNISED, source, why) {
      @Override
      public String getMessage() {
        return source + " is not a bank statement OpenAR can import: " + why;
      }
    };
  }

  private void expectEndOfDocument(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      r.next();
    }
  }

  static boolean nextChildStart(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (e == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    return false;
  }

  private void nextStart(XMLStreamReader r, String what) throws XMLStreamException {
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        return;
      }
    }
    throw new StatementException(source, "line " + r.getLocation().getLineNumber(), what + " is missing");
  }

  static void skipElement(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String expectedMessage(StatementFormat f) {
    return switch (f) {
      case CAMT052 -> "BkToCstmrAcctRpt";
      case CAMT053 -> "BkToCstmrStmt";
      default -> "BkToCstmrDbtCdtNtfctn";
    };
  }

  private static String statementElement(StatementFormat f) {
    return switch (f) {
      case CAMT052 -> "Rpt (report)";
      case CAMT053 -> "Stmt (statement)";
      default -> "Ntfctn (notification)";
    };
  }

  static String place(XMLStreamException e) {
    return e.getLocation() == null ? "XML" : "line " + e.getLocation().getLineNumber() + ", column "
        + e.getLocation().getColumnNumber();
  }

  private static String xmlReason(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("Message: ");
    m = i >= 0 ? m.substring(i + 9) : m;
    if (m.contains("UTF-8") || m.contains("byte")) {
      return "the bytes are not valid in the file's declared encoding (" + m.strip() + ")";
    }
    if (m.contains("end of file") || m.contains("must start and end") || m.contains("EOF")) {
      return "the file ends in the middle of the XML (truncated?): " + m.strip();
    }
    return "malformed XML: " + m.strip();
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no DTDs, no external entities: XXE-safe
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing to release beyond the stream, which the caller closes
      }
    }
  }
}
