package org.openar.ledger;

import java.util.List;
import java.util.UUID;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * One row of an aging summary: the open amounts of one group (a customer or company id in {@code key}, null when
 * grouped by currency only) in one currency as of the report date. {@code buckets} are signed like
 * {@link AgingReport}: debits positive, unapplied credits negative, so {@code total} is the group's net balance.
 * {@code openDebit} and {@code unappliedCredit} are the two sides (both positive); {@code overdue} is the part of the
 * open debits past their due date, whatever the basis.
 */
public record AgingGroup(UUID key, CurrencyCode currency, List<Money> buckets, Money total, Money openDebit,
    Money unappliedCredit, Money overdue) {

  public AgingGroup {
    buckets = List.copyOf(buckets);
  }
}
