package org.openar.notifications;

import java.time.Instant;

/** Filters of the message log; every field optional. {@code recipient} matches a substring, case-insensitively. */
public record MessageQuery(
    MessageStatus status,
    Channel channel,
    String recipient,
    String templateKey,
    String referenceType,
    String referenceId,
    String idempotencyKeyPrefix,
    Instant createdFrom,
    Instant createdTo) {

  public static MessageQuery all() {
    return new MessageQuery(null, null, null, null, null, null, null, null, null);
  }
}
