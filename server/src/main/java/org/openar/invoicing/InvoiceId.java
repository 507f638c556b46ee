package org.openar.invoicing;

import java.util.UUID;

/** Identifies one invoice document (a draft or an issued invoice). */
public record InvoiceId(UUID value) {

  public InvoiceId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static InvoiceId of(String uuid) {
    return new InvoiceId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
