package org.openar.collections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.ContactId;
import org.openar.customers.CustomerId;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Collectors' worklists: customers with overdue items assigned to a collector (override, else assignment rules),
 * ordered by a transparent priority score; tasks; activities; reassignment.
 */
public interface Worklists {

  /** Sort fields of {@link #worklist}: score (default, descending), overdue, days, nextAction, name. */
  java.util.Set<String> SORT_FIELDS = java.util.Set.of("score", "overdue", "days", "nextAction", "name");

  /** {@code collector} null: unassigned customers. */
  Page<WorklistEntry> worklist(UUID collector, PageQuery page);

  /** The worklist line of one customer (also without overdue items). */
  WorklistEntry entry(CustomerId customer);

  Page<TaskView> tasks(UUID assignee, CustomerId customer, TaskStatus status, PageQuery page);

  TaskView completeTask(TaskId task, TaskStatus status, String note);

  TaskView addTask(CustomerId customer, TaskKind kind, LocalDate due, String note);

  ActivityView logActivity(CustomerId customer, NewActivity activity);

  List<ActivityView> activities(CustomerId customer, int limit);

  /** Sets the collector override of customers; {@code from} non-null moves every customer of that collector. */
  int reassign(List<CustomerId> customers, UUID from, UUID to);

  List<AssignmentRule> rules();

  AssignmentRule saveRule(AssignmentRule rule);

  void deleteRule(UUID id);

  /**
   * @param templateKey EMAIL only: send this template to {@code contactId} with the customer's overdue items
   * @param taskId completes this task
   */
  record NewActivity(ActivityKind kind, CallOutcome outcome, ContactId contactId, String note, Instant occurredAt,
      LocalDate nextActionDate, TaskId taskId, String templateKey) {}
}
