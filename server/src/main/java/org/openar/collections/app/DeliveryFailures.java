package org.openar.collections.app;

import java.time.Clock;
import java.util.Map;
import org.openar.collections.TaskKind;
import org.openar.collections.persistence.TaskRepository;
import org.openar.collections.persistence.TaskRepository.NewTask;
import org.openar.customers.CustomerId;
import org.openar.notifications.MessageFailed;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A dunning message that bounced or was suppressed becomes a task: someone must find another way to reach them. */
@Component
class DeliveryFailures {

  private final TaskRepository tasks;
  private final WorkAssignment assignment;
  private final BusinessCalendar calendar;
  private final Clock clock;

  DeliveryFailures(TaskRepository tasks, WorkAssignment assignment, BusinessCalendar calendar, Clock clock) {
    this.tasks = tasks;
    this.assignment = assignment;
    this.calendar = calendar;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(MessageFailed e) {
    if (e.idempotencyKey() == null || !e.idempotencyKey().startsWith("dunning:")
        || !"customer".equals(e.referenceType()) || e.referenceId() == null) {
      return;
    }
    CustomerId customer = CustomerId.of(e.referenceId());
    tasks.open(new NewTask(customer, assignment.companyOf(customer), TaskKind.DELIVERY_FAILED,
        assignment.collectorOf(customer), calendar.today(), null, null, Map.of("channel", e.channel().name(),
        "recipient", e.recipient(), "status", e.status().name(), "reason", e.reason() == null ? "" : e.reason(),
        "messageId", e.id().toString()), null, "system", clock.instant()));
  }
}
