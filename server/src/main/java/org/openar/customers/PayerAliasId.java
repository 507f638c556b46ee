package org.openar.customers;

import java.util.UUID;

public record PayerAliasId(UUID value) {
  public static PayerAliasId of(String uuid) {
    return new PayerAliasId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
