package org.openar.notifications.persistence;

import java.time.Instant;
import java.util.UUID;
import org.openar.notifications.Channel;

/** A message as the outbox stores it when it is enqueued. */
public record MessageRow(UUID id, String idempotencyKey, Channel channel, String recipient, String recipientName,
    String language, String templateKey, int templateVersion, String subject, String bodyHtml, String bodyText,
    String referenceType, String referenceId, Instant nextAttemptAt, String createdBy, Instant createdAt) {}
