package org.openar.ledger;

import java.util.UUID;

/** Identifies one allocation row (an allocation, or the unallocation that undoes one). */
public record AllocationId(UUID value) {

  public AllocationId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static AllocationId of(String uuid) {
    return new AllocationId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
