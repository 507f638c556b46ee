package org.openar.identity;

import java.util.UUID;

public record ApprovalId(UUID value) {
  public static ApprovalId of(String uuid) {
    return new ApprovalId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
