package org.openar.cashapp.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.StatementId;
import org.openar.customers.CompanyId;

/**
 * A stored statement; balances in minor units of {@code currency} (null when the bank gave none). {@code channel} is
 * API (upload or REST), CLI or FOLDER.
 */
public record StatementRow(
    StatementId id,
    CompanyId companyId,
    HouseAccountId accountId,
    UUID importId,
    String source,
    String channel,
    String format,
    String messageType,
    String statementRef,
    String account,
    String currency,
    LocalDate fromDate,
    LocalDate toDate,
    Long openingMinor,
    LocalDate openingDate,
    Long closingMinor,
    LocalDate closingDate,
    String duplicateKey,
    int lineCount,
    int creditCount,
    int duplicateEntries,
    List<String> warnings,
    Instant importedAt,
    String importedBy) {

  public StatementRow {
    warnings = List.copyOf(warnings);
  }
}
