package org.openar.customers;

import java.util.UUID;

public record CustomerId(UUID value) {
  public static CustomerId of(String uuid) {
    return new CustomerId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
