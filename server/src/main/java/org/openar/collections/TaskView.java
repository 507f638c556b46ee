package org.openar.collections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.openar.customers.CustomerId;

/**
 * A worklist task. {@code assigneeId} is the collector (null: unassigned); {@code detail} carries what the task is
 * about (level, items, contact, reason). At most one open task per customer and kind.
 */
public record TaskView(TaskId id, CustomerId customerId, TaskKind kind, UUID assigneeId, LocalDate dueDate,
    TaskStatus status, Integer level, RunId runId, Map<String, Object> detail, String note, Instant createdAt,
    String createdBy, Instant completedAt, String completedBy) {

  public TaskView {
    detail = detail == null ? Map.of() : Map.copyOf(detail);
  }
}
