package org.openar.collections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openar.customers.CustomerId;

/** A logged collections activity; {@code messageId} is set for an e-mail sent from a template. */
public record ActivityView(UUID id, CustomerId customerId, ActivityKind kind, CallOutcome outcome, UUID contactId,
    String note, Instant occurredAt, LocalDate nextActionDate, TaskId taskId, UUID messageId, String createdBy,
    Instant createdAt) {}
