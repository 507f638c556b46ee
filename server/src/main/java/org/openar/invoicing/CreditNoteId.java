package org.openar.invoicing;

import java.util.UUID;

/** Identifies one credit note. */
public record CreditNoteId(UUID value) {

  public CreditNoteId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static CreditNoteId of(String uuid) {
    return new CreditNoteId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
