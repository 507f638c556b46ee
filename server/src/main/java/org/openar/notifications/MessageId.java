package org.openar.notifications;

import java.util.UUID;

public record MessageId(UUID value) {
  public static MessageId of(String uuid) {
    return new MessageId(UUID.fromString(uuid));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
