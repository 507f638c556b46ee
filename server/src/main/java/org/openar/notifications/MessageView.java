package org.openar.notifications;

import java.time.Instant;

/** A message in the outbox as the log lists it (without bodies). */
public record MessageView(
    MessageId id,
    String idempotencyKey,
    Channel channel,
    String recipient,
    String recipientName,
    String language,
    String templateKey,
    int templateVersion,
    String subject,
    MessageStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    String referenceType,
    String referenceId,
    Instant createdAt,
    Instant sentAt) {}
