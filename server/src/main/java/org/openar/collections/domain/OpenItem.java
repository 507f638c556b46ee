package org.openar.collections.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.shared.money.Money;

/** An open debit as a dunning run sees it on its date: open amount as of that date. */
public record OpenItem(ItemId id, ItemType type, String documentNumber, LocalDate documentDate, LocalDate dueDate,
    Money original, Money open) {

  public long daysOverdue(LocalDate asOf) {
    return ChronoUnit.DAYS.between(dueDate, asOf);
  }
}
