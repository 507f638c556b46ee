package org.openar.customers;

import java.util.UUID;

public record AddressId(UUID value) {
  public static AddressId of(String uuid) {
    return new AddressId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
