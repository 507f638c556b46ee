package org.openar.collections.app;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.collections.ActivityView;
import org.openar.collections.ChargeView;
import org.openar.collections.DecisionView;
import org.openar.collections.DunningRuns.DecisionQuery;
import org.openar.collections.PlacementView;
import org.openar.collections.PromiseView;
import org.openar.collections.TaskView;
import org.openar.collections.TimelineEntry;
import org.openar.collections.persistence.ActivityRepository;
import org.openar.collections.persistence.ChargeRepository;
import org.openar.collections.persistence.DecisionRepository;
import org.openar.collections.persistence.PlacementRepository;
import org.openar.collections.persistence.PromiseRepository;
import org.openar.collections.persistence.TaskRepository;
import org.openar.customers.CustomerId;
import org.openar.disputes.DisputeView;
import org.openar.disputes.Disputes;
import org.openar.notifications.MessageId;
import org.openar.notifications.Notifications;
import org.openar.shared.paging.PageQuery;
import org.springframework.stereotype.Component;

/**
 * A customer's collections history in one list: what dunning decided (and what became of each message), the
 * collectors' activities and tasks, promises, disputes, placements and charges. Dry runs are previews, not history.
 */
@Component
class TimelineService {

  private final DecisionRepository decisions;
  private final ActivityRepository activities;
  private final TaskRepository tasks;
  private final PromiseRepository promises;
  private final PlacementRepository placements;
  private final ChargeRepository charges;
  private final Disputes disputes;
  private final Notifications notifications;

  TimelineService(DecisionRepository decisions, ActivityRepository activities, TaskRepository tasks,
      PromiseRepository promises, PlacementRepository placements, ChargeRepository charges, Disputes disputes,
      Notifications notifications) {
    this.decisions = decisions;
    this.activities = activities;
    this.tasks = tasks;
    this.promises = promises;
    this.placements = placements;
    this.charges = charges;
    this.disputes = disputes;
    this.notifications = notifications;
  }

  List<TimelineEntry> of(CustomerId customer, int limit) {
    List<TimelineEntry> out = new ArrayList<>();
    PageQuery page = PageQuery.of(0, Math.min(limit, PageQuery.MAX_SIZE));
    decisions.search(new DecisionQuery(null, customer, null, null, null), List.of(customer), page).stream()
        .filter(d -> !d.dryRun()).forEach(d -> out.add(decision(d)));
    activities.ofCustomer(customer, limit).forEach(a -> out.add(activity(a)));
    tasks.search(null, customer, null, List.of(customer), page).forEach(t -> out.add(task(t)));
    promises.ofCustomer(customer).forEach(p -> out.add(promise(p)));
    placements.search("p.customer_id = :c", Map.of("c", customer.value()), page).forEach(p -> out.add(placement(p)));
    charges.ofCustomer(customer).forEach(c -> out.add(charge(c)));
    disputes.search(customer, null, page).items().forEach(d -> out.add(dispute(d)));
    out.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private TimelineEntry decision(DecisionView d) {
    Map<String, Object> s = map("outcome", d.outcome(), "reason", d.reason(), "channel", d.channel(), "level",
        d.level(), "stepName", d.stepName(), "recipient", d.recipient(), "language", d.language(), "runId",
        d.runId(), "items", d.items().size(), "notBefore", d.notBefore());
    s.putAll(d.detail());
    if (d.messageId() != null) {
      s.put("messageId", d.messageId());
      s.put("messageStatus", notifications.status(new MessageId(d.messageId())).status());
    }
    return new TimelineEntry(d.createdAt(), "DECISION", d.id(), d.outcome() + " " + d.reason(), "system", s);
  }

  private static TimelineEntry activity(ActivityView a) {
    return new TimelineEntry(a.occurredAt(), "ACTIVITY", a.id(), a.kind() + (a.outcome() == null ? ""
        : " " + a.outcome()), a.createdBy(), map("kind", a.kind(), "outcome", a.outcome(), "note", a.note(),
        "nextActionDate", a.nextActionDate(), "messageId", a.messageId(), "contactId", a.contactId()));
  }

  private static TimelineEntry task(TaskView t) {
    return new TimelineEntry(t.createdAt(), "TASK", t.id().value(), t.kind() + " " + t.status(), t.createdBy(),
        map("kind", t.kind(), "status", t.status(), "dueDate", t.dueDate(), "level", t.level(), "completedBy",
            t.completedBy(), "completedAt", t.completedAt()));
  }

  private static TimelineEntry promise(PromiseView p) {
    return new TimelineEntry(p.createdAt(), "PROMISE", p.id().value(), "PROMISE " + p.status(), p.recordedBy(),
        map("amount", p.amount().amount().toPlainString() + " " + p.amount().currency().code(), "promisedDate",
            p.promisedDate(), "status", p.status(), "paid", p.paid().amount().toPlainString(), "resolvedOn",
            p.resolvedOn(), "channel", p.channel(), "promisedBy", p.promisedBy()));
  }

  private static TimelineEntry placement(PlacementView p) {
    return new TimelineEntry(p.createdAt(), "PLACEMENT", p.id().value(), p.kind() + " " + p.status(), p.placedBy(),
        map("agency", p.agencyName(), "placedOn", p.placedOn(), "status", p.status(), "items", p.items().size(),
            "commissionPercent", p.commissionPercent()));
  }

  private static TimelineEntry charge(ChargeView c) {
    return new TimelineEntry(c.createdAt(), "CHARGE", c.id().value(), c.kind() + " " + c.status(), "system",
        map("amount", c.amount().amount().toPlainString() + " " + c.amount().currency().code(), "invoice",
            c.invoiceNumber(), "chargeNumber", c.chargeNumber(), "status", c.status()));
  }

  private static TimelineEntry dispute(DisputeView d) {
    return new TimelineEntry(d.openedAt(), "DISPUTE", d.id().value(), "DISPUTE " + d.status(), d.openedBy(),
        map("document", d.documentNumber(), "reason", d.reason(), "status", d.status(), "outcome", d.outcome(),
            "note", d.note(), "resolvedAt", d.resolvedAt()));
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        Object v = pairs[i + 1];
        m.put((String) pairs[i], v instanceof Enum<?> e ? e.name() : v instanceof java.time.Instant t
            ? t.atOffset(ZoneOffset.UTC).toString() : v.toString());
      }
    }
    return m;
  }
}
