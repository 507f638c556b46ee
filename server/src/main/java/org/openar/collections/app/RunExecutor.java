package org.openar.collections.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.collections.AgencyId;
import org.openar.collections.ChargeTerms;
import org.openar.collections.ChargeView;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.DecisionView;
import org.openar.collections.PlacementView;
import org.openar.collections.StrategyView;
import org.openar.collections.TaskId;
import org.openar.collections.TaskKind;
import org.openar.collections.domain.PlannedDecision;
import org.openar.collections.persistence.DecisionRepository;
import org.openar.collections.persistence.ProgressRepository;
import org.openar.collections.persistence.ProgressRepository.Advance;
import org.openar.collections.persistence.TaskRepository;
import org.openar.collections.persistence.TaskRepository.NewTask;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.notifications.MessageId;
import org.openar.notifications.MessageRequest;
import org.openar.notifications.Notifications;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;

/**
 * Carries out one customer's decisions in the caller's transaction: charges posted, messages queued in the outbox,
 * tasks opened, items placed, progress advanced, decisions recorded. All of it commits together or not at all, which
 * is what lets a killed run resume without duplicates or gaps.
 */
@Component
class RunExecutor {

  private final Notifications notifications;
  private final MessageComposer composer;
  private final ChargePoster charges;
  private final PlacementService placements;
  private final ProgressRepository progress;
  private final TaskRepository tasks;
  private final DecisionRepository decisions;

  RunExecutor(Notifications notifications, MessageComposer composer, ChargePoster charges,
      PlacementService placements, ProgressRepository progress, TaskRepository tasks, DecisionRepository decisions) {
    this.notifications = notifications;
    this.composer = composer;
    this.charges = charges;
    this.placements = placements;
    this.progress = progress;
    this.tasks = tasks;
    this.decisions = decisions;
  }

  /** Carries the plan out and records its decisions; returns them. */
  List<DecisionView> execute(RunContext ctx, LoadedCustomer c, List<PlannedDecision> plan, ChargeTerms terms) {
    List<DecisionView> views = build(ctx, c, plan, terms);
    decisions.insert(views);
    return views;
  }

  /** A dry run's decisions for one customer, not yet recorded (the caller records a whole batch at once). */
  List<DecisionView> decide(RunContext ctx, LoadedCustomer c, List<PlannedDecision> plan, ChargeTerms terms) {
    if (!ctx.dryRun()) {
      throw new IllegalStateException("decide() is the dry run's path");
    }
    return build(ctx, c, plan, terms);
  }

  private List<DecisionView> build(RunContext ctx, LoadedCustomer c, List<PlannedDecision> plan, ChargeTerms terms) {
    List<DecisionView> views = new ArrayList<>();
    if (terms != null) {
      Set<ItemId> exempt = new HashSet<>(c.kase().disputed());
      exempt.addAll(c.kase().placed());
      for (ChargePoster.Due due : charges.due(c.kase().items(), terms, ctx.asOf(), exempt)) {
        ChargeView posted = ctx.dryRun() ? null
            : charges.post(due, c.kase().customerId(), c.kase().companyId(), ctx.asOf(), ctx.runId());
        views.add(DecisionViews.charge(ctx, c, due, posted == null ? null : posted.id().value()));
      }
    }
    for (PlannedDecision d : plan) {
      views.add(carryOut(ctx, c, d));
    }
    return views;
  }

  private DecisionView carryOut(RunContext ctx, LoadedCustomer c, PlannedDecision d) {
    if (d.outcome() == DecisionOutcome.SKIP) {
      return DecisionViews.of(ctx, c, d, null, null, null, null);
    }
    if (d.isMessage()) {
      if (ctx.dryRun()) {
        return DecisionViews.of(ctx, c, d, MessageComposer.key(c.kase().customerId(), d.level(), ctx.asOf(),
            d.channel().name()), null, null, null);
      }
      MessageRequest request = composer.request(c, d, true);
      MessageId id = notifications.enqueue(request);
      LocalDate on = d.notBefore() == null ? ctx.asOf() : d.notBefore().atZone(c.kase().zone()).toLocalDate();
      progress.contact(c.kase().customerId(), d.channel().name(), on, "DUNNING", id.value(), ctx.now());
      advance(ctx, c, d);
      return DecisionViews.of(ctx, c, d, request.idempotencyKey(), id.value(), null, null);
    }
    if (d.outcome() == DecisionOutcome.ESCALATE && d.reason() == DecisionReason.PLACED) {
      return place(ctx, c, d);
    }
    TaskKind kind = d.reason() == DecisionReason.PHONE_STEP ? TaskKind.CALL
        : d.reason() == DecisionReason.NO_USABLE_CONTACT ? TaskKind.FIND_CONTACT : TaskKind.ESCALATION_REVIEW;
    TaskId task = ctx.dryRun() ? null : openTask(ctx, c, d, kind);
    if (!ctx.dryRun()) {
      advance(ctx, c, d);
    }
    return DecisionViews.of(ctx, c, d, null, null, task, null);
  }

  private DecisionView place(RunContext ctx, LoadedCustomer c, PlannedDecision d) {
    if (ctx.dryRun()) {
      return DecisionViews.of(ctx, c, d, null, null, null, Map.of("agencyId", d.step().agencyId().toString()));
    }
    List<ItemId> items = d.progress().keySet().stream().toList();
    try {
      PlacementView p = placements.place(c.kase().customerId(), new AgencyId(d.step().agencyId()), items,
          ctx.asOf(), null, "placed by dunning run " + ctx.runId());
      advance(ctx, c, d);
      return DecisionViews.of(ctx, c, d, null, null, null, Map.of("placementId", p.id().toString()));
    } catch (OpenArException e) {
      // the agency is gone or an item was placed meanwhile: a collector decides instead
      PlannedDecision review = d.as(DecisionOutcome.ESCALATE, DecisionReason.ESCALATION_REVIEW,
          Map.of("placementError", e.errorCode().code()), null);
      TaskId task = openTask(ctx, c, review, TaskKind.ESCALATION_REVIEW);
      advance(ctx, c, review);
      return DecisionViews.of(ctx, c, review, null, null, task, null);
    }
  }

  private TaskId openTask(RunContext ctx, LoadedCustomer c, PlannedDecision d, TaskKind kind) {
    Map<String, Object> detail = new java.util.LinkedHashMap<>(d.detail());
    if (d.step() != null) {
      detail.put("stepName", d.step().name());
    }
    if (d.contact() != null) {
      detail.put("contactName", d.contact().name());
      detail.put("phone", d.contact().address());
    }
    detail.put("items", String.valueOf(d.items().stream().filter(i -> i.excluded() == null).count()));
    return tasks.open(new NewTask(c.kase().customerId(), c.kase().companyId(), kind, c.collectorId(), ctx.asOf(),
        d.level(), ctx.runId(), detail, null, "system", ctx.now()));
  }

  private void advance(RunContext ctx, LoadedCustomer c, PlannedDecision d) {
    StrategyView s = c.kase().strategy();
    CustomerId customer = c.kase().customerId();
    List<Advance> advances = new ArrayList<>();
    d.progress().forEach((item, level) -> advances.add(new Advance(item, d.channel(), customer, level,
        s.step(level).offsetDays(), s.id(), s.version())));
    progress.advance(advances, ctx.runId(), ctx.asOf());
    progress.clearEscalations(d.escalationsUsed());
  }
}
