package org.openar.cashapp.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.domain.Resolution;
import org.openar.customers.CompanyId;
import org.openar.shared.money.Money;

/**
 * A stored statement line: the parser's fields as imported, and where it stands. {@code matchJson} is the last
 * {@link org.openar.cashapp.domain.MatchRecord} as JSON (null before the first match).
 */
public record LineRow(
    StatementLineId id,
    StatementId statementId,
    CompanyId companyId,
    int ordinal,
    String lineRef,
    LocalDate bookingDate,
    LocalDate valueDate,
    Money amount,
    String payerName,
    String payerAccount,
    String remittance,
    List<String> structuredRefs,
    String endToEndId,
    String bankReference,
    String transactionCode,
    boolean reversal,
    boolean booked,
    String entryKey,
    StatementLineId duplicateOf,
    LineStatus status,
    Resolution resolution,
    String engineStatus,
    Double confidence,
    UUID customerId,
    String customerName,
    String matchJson,
    Instant matchedAt,
    String note,
    Instant resolvedAt,
    String resolvedBy,
    long version) {

  public LineRow {
    structuredRefs = List.copyOf(structuredRefs);
  }
}
