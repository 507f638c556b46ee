package org.openar.ledger;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Open amounts as of a date, split into aging buckets, one row per customer and currency. Debits count positive,
 * unapplied credits negative, so a row's total is the customer's net open balance in that currency on {@code asOf}.
 */
public record AgingReport(LocalDate asOf, AgingBasis basis, AgingBuckets buckets, List<Row> rows) {

  public AgingReport {
    rows = List.copyOf(rows);
  }

  public record Row(CustomerId customerId, CurrencyCode currency, List<Money> amounts, Money total) {
    public Row {
      amounts = List.copyOf(amounts);
    }
  }
}
