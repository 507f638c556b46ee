package org.openar.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Everything the dashboard shows, for one company as of today, in its base currency (other currencies converted at
 * today's rates): the net receivables with their two sides, the overdue debits and their share, the aging by due date
 * (default buckets, {@code agingLabels} like {@code current}, {@code 1-30}), the 12-month KPI trend (its last month is
 * this month to date and gives the headline DSO and CEI), collections this month against the target (null when none is
 * set, or for a sales rep, whose figures cover only its customers) and the customers with the most overdue.
 */
public record Dashboard(UUID companyId, String companyCode, String companyName, String companyNameEn,
    CurrencyCode currency, LocalDate asOf, Money receivables, Money openDebit, Money unappliedCredit, Money overdue,
    BigDecimal overdueRatio, List<String> agingLabels, List<Money> aging, List<KpiMonth> trend, Collections collections,
    List<TopCustomer> topOverdue) {

  public Dashboard {
    agingLabels = List.copyOf(agingLabels);
    aging = List.copyOf(aging);
    trend = List.copyOf(trend);
    topOverdue = List.copyOf(topOverdue);
  }

  /** Cash collected this month to date against the month's target; {@code ratio} = collected ÷ target. */
  public record Collections(java.time.YearMonth month, Money collected, Money target, BigDecimal ratio) {}

  /** A customer by its overdue debits (converted); {@code total} is its net balance. */
  public record TopCustomer(UUID customerId, String code, String nameZh, String nameEn, Money overdue, Money total) {}
}
