package org.openar.reporting;

import java.util.List;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * One row of an aging report: a group in one currency. {@code key} identifies the group for drill-down (a customer,
 * sales rep or company id, a currency code, or {@code none} for customers without a sales rep); {@code code},
 * {@code nameZh} and {@code nameEn} name it. Amounts are signed like the ledger's aging (credits negative) and in
 * {@code currency}, which is the company's base currency when the report converts.
 */
public record AgingRow(String key, String code, String nameZh, String nameEn, CurrencyCode currency,
    List<Money> buckets, Money total, Money openDebit, Money unappliedCredit, Money overdue) {

  public AgingRow {
    buckets = List.copyOf(buckets);
  }

  public Money bucket(int k) {
    return buckets.get(k);
  }
}
