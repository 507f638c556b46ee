package org.openar.customers;

import java.util.UUID;

public record BankAccountId(UUID value) {
  public static BankAccountId of(String uuid) {
    return new BankAccountId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
