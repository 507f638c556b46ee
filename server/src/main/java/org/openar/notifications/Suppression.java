package org.openar.notifications;

import java.time.Instant;

/** An address the sender never contacts on a channel (bounced, opted out, wrong number), with the reason. */
public record Suppression(Channel channel, String address, String reason, String createdBy, Instant createdAt) {}
