package org.openar.notifications.persistence;

import java.util.UUID;
import org.openar.notifications.Channel;

/** A due message locked by one sender for the length of its transaction. */
public record ClaimedMessage(UUID id, String idempotencyKey, Channel channel, String recipient, String recipientName,
    String language, String templateKey, int templateVersion, String subject, String bodyHtml, String bodyText,
    int attempts, String referenceType, String referenceId) {}
