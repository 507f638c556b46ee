package org.openar.notifications;

import java.time.Instant;
import java.util.UUID;

/** A printable PDF collecting queued letters; its letters are SENT from then on. */
public record LetterBatchView(UUID id, int letters, int pages, long sizeBytes, String createdBy, Instant createdAt) {}
