package org.openar.cashapp.statement;

import java.time.LocalDate;
import java.util.Objects;
import org.openar.shared.money.Money;

/** A booked balance reported by the bank: signed (negative = debit balance) in its own currency, on a date. */
public record Balance(Money amount, LocalDate date) {

  public Balance {
    Objects.requireNonNull(amount, "amount");
  }
}
