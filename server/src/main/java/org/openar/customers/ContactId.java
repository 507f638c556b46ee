package org.openar.customers;

import java.util.UUID;

public record ContactId(UUID value) {
  public static ContactId of(String uuid) {
    return new ContactId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
