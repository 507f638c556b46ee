package org.openar.cashapp.statement;

import java.time.LocalDate;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one camt Stmt / Ntfctn / Rpt element: account, period, balances, and its entries one at a time. */
final class CamtStatementReader {

  private final String source;
  private final CamtEntryMapper entries;

  CamtStatementReader(String source) {
    this.source = source;
    this.entries = new CamtEntryMapper(source);
  }

  Statement read(XMLStreamReader r, StatementFormat format, String messageType, String path, int[] entryOrdinal,
      Map<String, Integer> lineIds) throws XMLStreamException {
    StatementDraft d = new StatementDraft(format);
    d.messageType = messageType;
    int line = r.getLocation().getLineNumber();
    while (CamtParser.nextChildStart(r)) {
      XmlNode n = subtree(r);
      switch (n.name) {
        case "Id" -> d.statementId = n.value();
        case "FrToDt" -> period(d, n);
        case "Acct" -> account(d, n);
        case "Bal" -> balance(d, n, path);
        case "Ntry" -> entries.add(d, n, ++entryOrdinal[0], path + "/Ntry", lineIds);
        default -> { }
      }
    }
    if (d.account == null) {
      throw new StatementException(source, "line " + line + ", element " + path,
          "the account (Acct/Id) is missing");
    }
    return d.build();
  }

  private void period(StatementDraft d, XmlNode n) {
    d.fromDate = CamtValues.date(source, n, "FrDtTm", "FrDt");
    d.toDate = CamtValues.date(source, n, "ToDtTm", "ToDt");
  }

  private void account(StatementDraft d, XmlNode n) {
    d.account = n.firstText("Id/IBAN", "Id/Othr/Id", "Id/BBAN", "Id/UPIC", "Id/PrtryAcct/Id");
    d.currency = n.text("Ccy");
    if (d.account == null) {
      throw new StatementException(source, "line " + n.line + ", element Acct", "the account has no Id (IBAN or Othr/Id)");
    }
  }

  private void balance(StatementDraft d, XmlNode n, String path) {
    String type = n.firstText("Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Prtry");
    if (type == null) {
      return;
    }
    String where = path + "/Bal";
    LocalDate date = CamtValues.date(source, n.at("Dt"), "DtTm", "Dt");
    Balance b = new Balance(CamtValues.signedAmount(source, n, where), date);
    switch (type) {
      case "OPBD", "PRCD" -> d.opening = d.opening == null || type.equals("OPBD") ? b : d.opening;
      case "CLBD" -> d.closing = b;
      case "ITBD" -> d.closing = d.closing == null ? b : d.closing;
      default -> { }
    }
  }

  /** Materialises the element the reader is on (and its descendants) as a tree, leaving the reader after its end. */
  static XmlNode subtree(XMLStreamReader r) throws XMLStreamException {
    XmlNode root = node(r);
    java.util.ArrayDeque<XmlNode> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        XmlNode child = node(r);
        stack.peek().addChild(child);
        stack.push(child);
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        stack.pop();
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
        stack.peek().addText(r.getText());
      }
    }
    return root;
  }

  private static XmlNode node(XMLStreamReader r) {
    XmlNode n = new XmlNode(r.getLocalName(), r.getLocation().getLineNumber());
    for (int i = 0; i < r.getAttributeCount(); i++) {
      n.addAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    return n;
  }
}
