package org.openar.cashapp.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openar.shared.money.Money;

/**
 * One booked movement, normalised across formats. {@code amount} is signed from the account holder's view (a receipt
 * is positive). {@code lineId} follows the {@code openar match} contract (camt: NtryRef, else AcctSvcrRef, else the
 * entry ordinal, with {@code /n} per transaction detail; MT940 and BAI2: the transaction ordinal in the file; CSV: the
 * line_id column). {@code entryKey} recognises the same entry when a file is imported twice.
 *
 * @param structuredReferences creditor references from structured remittance fields (camt CdtrRefInf, MT940 ?20 EREF
 *     is not one: it goes to {@code endToEndId}), in document order
 * @param bankReference the account servicer's reference (camt AcctSvcrRef, MT940 field 61 subfield 8, BAI2 bank ref)
 * @param transactionCode the bank's transaction code as text (camt domain/family/sub-family, MT940 type code, BAI2
 *     type code)
 */
public record StatementLine(
    String lineId,
    int ordinal,
    LocalDate bookingDate,
    LocalDate valueDate,
    Money amount,
    String payerName,
    String payerAccount,
    String remittance,
    List<String> structuredReferences,
    String endToEndId,
    String bankReference,
    String transactionCode,
    boolean reversal,
    boolean booked,
    String entryKey) {

  public StatementLine {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(amount, "amount");
    structuredReferences = List.copyOf(structuredReferences);
    payerName = blankToEmpty(payerName);
    payerAccount = blankToEmpty(payerAccount);
    remittance = blankToEmpty(remittance);
    endToEndId = blankToEmpty(endToEndId);
    bankReference = blankToEmpty(bankReference);
    transactionCode = blankToEmpty(transactionCode);
  }

  StatementLine withEntryKey(String key) {
    return new StatementLine(lineId, ordinal, bookingDate, valueDate, amount, payerName, payerAccount, remittance,
        structuredReferences, endToEndId, bankReference, transactionCode, reversal, booked, key);
  }

  /** Money received: the only lines cash application tries to match. */
  public boolean isCredit() {
    return amount.isPositive();
  }

  /** The date the money is worth something to us; the booking date when the bank gave no value date. */
  public LocalDate effectiveDate() {
    return valueDate != null ? valueDate : bookingDate;
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
