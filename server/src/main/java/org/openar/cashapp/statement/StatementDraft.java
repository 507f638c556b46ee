package org.openar.cashapp.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A statement while a parser fills it in; {@link #build} checks the balances and computes the duplicate keys. */
final class StatementDraft {
  final StatementFormat format;
  String messageType;
  String statementId;
  String account;
  String currency;
  LocalDate fromDate;
  LocalDate toDate;
  Balance opening;
  Balance closing;
  final List<LineDraft> lines = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  StatementDraft(StatementFormat format) {
    this.format = format;
  }

  Statement build() {
    Map<String, Integer> occurrences = new HashMap<>();
    List<StatementLine> built = new ArrayList<>(lines.size());
    for (LineDraft d : lines) {
      StatementLine line = d.toLine("");
      String identity = DuplicateKeys.entryIdentity(account, line);
      int occurrence = occurrences.merge(identity, 1, Integer::sum);
      built.add(line.withEntryKey(DuplicateKeys.entryKey(identity, occurrence)));
    }
    checkBalances(built);
    Statement s = new Statement(format, messageType, statementId, account, currency, fromDate, toDate, opening, closing,
        built, warnings, "");
    return new Statement(format, messageType, statementId, account, currency, fromDate, toDate, opening, closing,
        built, warnings, DuplicateKeys.statementKey(s));
  }

  private void checkBalances(List<StatementLine> built) {
    if (opening == null || closing == null
        || !opening.amount().currency().equals(closing.amount().currency())) {
      return;
    }
    BigDecimal sum = opening.amount().amount();
    for (StatementLine l : built) {
      if (!l.amount().currency().equals(opening.amount().currency())) {
        return;
      }
      sum = sum.add(l.amount().amount());
    }
    if (sum.compareTo(closing.amount().amount()) != 0) {
      warnings.add("statement " + statementId + ": opening balance " + opening.amount() + " plus the lines gives "
          + sum.toPlainString() + " but the closing balance is " + closing.amount());
    }
  }
}
