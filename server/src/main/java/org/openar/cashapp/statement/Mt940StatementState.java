package org.openar.cashapp.statement;

import java.util.IdentityHashMap;
import java.util.Map;

/** What the MT940 reader remembers while it walks one statement's fields. */
final class Mt940StatementState {
  String sequence;
  boolean closed;
  boolean interim;
  int lastLine;
  LineDraft current;
  final Map<LineDraft, String> details = new IdentityHashMap<>();
  final Map<LineDraft, String> nonSwift = new IdentityHashMap<>();

  /** Copies what {@code :86:} (or a non-SWIFT {@code :NS:} block) said about a line into it. */
  void applyDetails(LineDraft l) {
    Mt86Details d = Mt86Details.parse(details.get(l));
    l.payerName = d.payerName != null ? d.payerName : d.ultimatePayer;
    l.payerAccount = d.payerAccount != null ? d.payerAccount : l.payerAccount;
    if (d.endToEndId != null) {
      l.endToEndId = d.endToEndId;
    }
    l.addReference(d.creditorReference);
    l.addRemittance(d.remittance);
    String ns = nonSwift.get(l);
    if (ns != null) {
      nonSwiftBlock(l, ns);
    }
  }

  /** Sparkasse-style {@code :NS:} lines: two-digit code then text; 01-14 purpose, 15-16 the counterparty's name. */
  private static void nonSwiftBlock(LineDraft l, String ns) {
    StringBuilder name = new StringBuilder();
    for (String line : ns.split("\n")) {
      if (line.length() < 2 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(1))) {
        continue;
      }
      int code = Integer.parseInt(line.substring(0, 2));
      String text = line.substring(2).strip();
      if (code >= 1 && code <= 14) {
        l.addRemittance(text);
      } else if (code == 15 || code == 16) {
        name.append(text);
      }
    }
    if (l.payerName == null && !name.isEmpty()) {
      l.payerName = name.toString();
    }
  }
}
