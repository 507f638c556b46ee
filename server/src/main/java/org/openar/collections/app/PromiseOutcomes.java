package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.audit.AuditTrail;
import org.openar.collections.PromiseBroken;
import org.openar.collections.PromiseId;
import org.openar.collections.PromiseKept;
import org.openar.collections.PromiseStatus;
import org.openar.collections.PromiseView;
import org.openar.collections.TaskKind;
import org.openar.collections.persistence.ProgressRepository;
import org.openar.collections.persistence.PromiseRepository;
import org.openar.collections.persistence.TaskRepository;
import org.openar.collections.persistence.TaskRepository.NewTask;
import org.openar.ledger.AllocationReversed;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemView;
import org.openar.ledger.ItemsAllocated;
import org.openar.ledger.ItemsAllocatedInBulk;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides kept or broken from the ledger: what was paid on the covered items since the promise (their open amount then
 * less now; a reversed item counts as unpaid). Full payment by the promised date plus grace keeps the promise; after
 * that the daily check breaks it, moves the still-open items to their next dunning step and opens a follow-up task.
 */
@Component
class PromiseOutcomes {

  private final PromiseRepository promises;
  private final ProgressRepository progress;
  private final TaskRepository tasks;
  private final WorkAssignment assignment;
  private final LedgerQueries ledger;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Clock clock;

  PromiseOutcomes(PromiseRepository promises, ProgressRepository progress, TaskRepository tasks,
      WorkAssignment assignment, LedgerQueries ledger, AuditTrail audit, ApplicationEventPublisher events,
      TransactionTemplate tx, Clock clock) {
    this.promises = promises;
    this.progress = progress;
    this.tasks = tasks;
    this.assignment = assignment;
    this.ledger = ledger;
    this.audit = audit;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ItemsAllocated e) {
    List<ItemId> items = e.lines().stream().map(ItemsAllocated.Line::debitItemId).toList();
    LocalDate on = e.lines().stream().map(ItemsAllocated.Line::effectiveDate).max(LocalDate::compareTo).orElseThrow();
    for (PromiseView p : promises.openCovering(items)) {
      settle(p.id(), on, false);
    }
  }

  /** The receipts of a bulk call one after the other, after one query that finds most bulk loads touch no promise. */
  @ApplicationModuleListener
  void on(ItemsAllocatedInBulk e) {
    if (!promises.openCovering(e.debitItemIds()).isEmpty()) {
      e.allocations().forEach(this::on);
    }
  }

  @ApplicationModuleListener
  void on(AllocationReversed e) {
    for (PromiseView p : promises.openCovering(List.of(e.debitItemId()))) {
      settle(p.id(), e.effectiveDate(), false);
    }
  }

  /**
   * Re-evaluates one open promise on {@code on}: kept when fully paid by then (within its grace), broken when
   * {@code due} and not fully paid in time, else only its paid amount is updated. Returns the status after.
   */
  PromiseStatus settle(PromiseId id, LocalDate on, boolean due) {
    return tx.execute(s -> {
      if (!promises.lockOpen(id)) {
        return promises.find(id).map(PromiseView::status).orElse(null);
      }
      PromiseView p = promises.find(id).orElseThrow();
      Map<ItemId, ItemView> now = current(p.items());
      long paid = paid(promises.openAtPromise(id), now);
      boolean inTime = !on.isAfter(p.pausedUntil());
      if (paid >= p.amount().minor() && inTime) {
        return resolve(p, PromiseStatus.KEPT, paid, on, now);
      }
      if (due || !inTime) {
        return resolve(p, PromiseStatus.BROKEN, paid, on, now);
      }
      promises.setPaid(id, paid);
      return PromiseStatus.OPEN;
    });
  }

  private Map<ItemId, ItemView> current(List<ItemId> items) {
    Map<ItemId, ItemView> out = new HashMap<>();
    items.forEach(i -> ledger.find(i).ifPresent(v -> out.put(i, v)));
    return out;
  }

  private static long paid(Map<ItemId, Long> openAtPromise, Map<ItemId, ItemView> now) {
    long paid = 0;
    for (Map.Entry<ItemId, Long> e : openAtPromise.entrySet()) {
      ItemView v = now.get(e.getKey());
      if (v != null && v.status() != ItemStatus.REVERSED) {
        paid += Math.max(0, e.getValue() - v.openAmount().minor());
      }
    }
    return paid;
  }

  private PromiseStatus resolve(PromiseView p, PromiseStatus status, long paid, LocalDate on,
      Map<ItemId, ItemView> now) {
    promises.resolve(p.id(), status, paid, on, clock.instant());
    PromiseView after = promises.find(p.id()).orElseThrow();
    audit.record("collections.promise", p.id().toString(), status == PromiseStatus.KEPT ? "kept" : "broken", p,
        after);
    Money paidMoney = Money.ofMinor(paid, p.amount().currency());
    if (status == PromiseStatus.KEPT) {
      events.publishEvent(new PromiseKept(p.id(), p.customerId(), p.amount(), on));
      return status;
    }
    List<ItemId> open = new ArrayList<>();
    now.forEach((id, v) -> {
      if (v.status() == ItemStatus.OPEN) {
        open.add(id);
      }
    });
    progress.escalate(open, p.customerId(), p.id().value(), clock.instant());
    tasks.open(new NewTask(p.customerId(), assignment.companyOf(p.customerId()), TaskKind.PROMISE_FOLLOW_UP,
        assignment.collectorOf(p.customerId()), on, null, null, Map.of("promiseId", p.id().toString(),
        "promised", p.amount().amount().toPlainString() + " " + p.amount().currency().code(),
        "paid", paidMoney.amount().toPlainString(), "promisedDate", p.promisedDate().toString()),
        null, "system", clock.instant()));
    events.publishEvent(new PromiseBroken(p.id(), p.customerId(), p.amount(), paidMoney, on, open));
    return status;
  }
}
