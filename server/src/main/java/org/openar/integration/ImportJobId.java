package org.openar.integration;

import java.util.UUID;

public record ImportJobId(UUID value) {

  public static ImportJobId parse(String text) {
    return new ImportJobId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
