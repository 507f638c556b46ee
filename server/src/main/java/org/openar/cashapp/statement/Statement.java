package org.openar.cashapp.statement;

import java.time.LocalDate;
import java.util.List;

/**
 * One account statement (a camt Stmt/Ntfctn/Rpt, an MT940 message, a BAI2 account record, a CSV file) with its lines.
 * Balances are absent when the format or the bank did not give them. {@code warnings} are oddities the bank file had
 * that did not stop the import (a balance that does not add up, a value date of 30 February); they are shown to the
 * person who imports it.
 *
 * @param statementId the bank's identification (camt Stmt/Id, MT940 :20: + :28C:, BAI2 file id + account)
 * @param duplicateKey identical for the same statement imported twice, in any file
 */
public record Statement(
    StatementFormat format,
    String messageType,
    String statementId,
    String account,
    String currency,
    LocalDate fromDate,
    LocalDate toDate,
    Balance opening,
    Balance closing,
    List<StatementLine> lines,
    List<String> warnings,
    String duplicateKey) {

  public Statement {
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }

  public List<StatementLine> credits() {
    return lines.stream().filter(StatementLine::isCredit).toList();
  }
}
