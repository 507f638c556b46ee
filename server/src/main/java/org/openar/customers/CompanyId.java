package org.openar.customers;

import java.util.UUID;

public record CompanyId(UUID value) {
  public static CompanyId of(String uuid) {
    return new CompanyId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
