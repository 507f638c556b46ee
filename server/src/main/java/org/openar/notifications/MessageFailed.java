package org.openar.notifications;

import java.time.Instant;

/**
 * A message will not be delivered: a permanent error, the last retry failed ({@code status} FAILED), or the address is
 * suppressed (SUPPRESSED). The caller decides what follows, e.g. a collector task to find another contact.
 */
public record MessageFailed(MessageId id, String idempotencyKey, Channel channel, String recipient,
    MessageStatus status, String reason, int attempts, String referenceType, String referenceId, Instant failedAt) {}
