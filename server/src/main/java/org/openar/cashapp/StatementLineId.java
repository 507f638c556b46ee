package org.openar.cashapp;

import java.util.UUID;

/** One line (booked movement) of an imported bank statement. */
public record StatementLineId(UUID value) {

  public StatementLineId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static StatementLineId of(String uuid) {
    return new StatementLineId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
