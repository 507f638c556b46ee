package org.openar.cashapp;

import java.util.UUID;

/** One of the company's own bank accounts that statements are imported for. */
public record HouseAccountId(UUID value) {

  public HouseAccountId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static HouseAccountId of(String uuid) {
    return new HouseAccountId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
