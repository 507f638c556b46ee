package org.openar.cashapp.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openar.shared.money.Money;

/** A statement line while a parser fills it in; {@link StatementDraft#build} turns it into a {@link StatementLine}. */
final class LineDraft {
  String lineId;
  int ordinal;
  LocalDate bookingDate;
  LocalDate valueDate;
  Money amount;
  String payerName;
  String payerAccount;
  final StringBuilder remittance = new StringBuilder();
  final List<String> structuredReferences = new ArrayList<>();
  String endToEndId;
  String bankReference;
  String transactionCode;
  boolean reversal;
  boolean booked = true;

  void addRemittance(String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (!remittance.isEmpty()) {
      remittance.append(' ');
    }
    remittance.append(text.strip());
  }

  void addReference(String ref) {
    if (ref != null && !ref.isBlank() && !structuredReferences.contains(ref.strip())) {
      structuredReferences.add(ref.strip());
    }
  }

  StatementLine toLine(String entryKey) {
    return new StatementLine(lineId, ordinal, bookingDate, valueDate, amount, payerName, payerAccount,
        Texts.collapseSpaces(remittance.toString()), structuredReferences, nullIfNotProvided(endToEndId), bankReference,
        transactionCode, reversal, booked, entryKey);
  }

  private static String nullIfNotProvided(String id) {
    return id == null || id.isBlank() || id.strip().equalsIgnoreCase("NOTPROVIDED") ? null : id;
  }
}
