package org.openar.ledger;

import java.util.UUID;

/** Identifies one open item (invoice, payment, credit note, ...) of the ledger. */
public record ItemId(UUID value) {

  public ItemId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static ItemId of(String uuid) {
    return new ItemId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
