package org.openar.cashapp;

import java.util.UUID;

/** One imported bank statement. */
public record StatementId(UUID value) {

  public StatementId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static StatementId of(String uuid) {
    return new StatementId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
