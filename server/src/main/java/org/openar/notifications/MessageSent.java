package org.openar.notifications;

import java.time.Instant;

/** A message was accepted by the SMTP server or SMS provider, or a letter went into a print batch. */
public record MessageSent(MessageId id, String idempotencyKey, Channel channel, String recipient, String templateKey,
    int templateVersion, String referenceType, String referenceId, Instant sentAt) {}
