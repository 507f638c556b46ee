package org.openar.cashapp.persistence;

import java.time.LocalDate;
import java.util.Set;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.domain.LineStatus;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;

/**
 * Filters of the line list, all optional. {@code text} matches payer name, payer account, remittance, the bank's and
 * the line's reference (case-insensitive, anywhere). Amounts are minor units of {@code currency} and need it.
 */
public record LineSearch(CompanyId companyId, StatementId statementId, HouseAccountId accountId,
    Set<LineStatus> statuses, CustomerId customerId, String text, String currency, Long minMinor, Long maxMinor,
    LocalDate from, LocalDate to) {

  public LineSearch {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public static final Set<String> SORT_FIELDS = Set.of("valueDate", "amount", "confidence", "payerName", "ordinal",
      "status");
}
