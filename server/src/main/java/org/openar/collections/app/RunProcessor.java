package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openar.collections.ChargeTerms;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionView;
import org.openar.collections.DunningRunCompleted;
import org.openar.collections.RunId;
import org.openar.collections.RunStatus;
import org.openar.collections.RunView;
import org.openar.collections.StrategyStep;
import org.openar.collections.domain.ContactChoice;
import org.openar.collections.domain.DunningPlanner;
import org.openar.collections.domain.PlannedDecision;
import org.openar.collections.persistence.ChargeRepository;
import org.openar.collections.persistence.DecisionRepository;
import org.openar.collections.persistence.RunRepository;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.i18n.Locales;
import org.openar.shared.time.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through a run's customers batch by batch: load, plan, carry out. A real run commits each customer on its own
 * (a failure there is recorded and the run goes on); a dry run records each batch's decisions in one go.
 */
@Component
class RunProcessor {

  private static final Logger log = LoggerFactory.getLogger(RunProcessor.class);

  private final RunLoader loader;
  private final RunExecutor executor;
  private final RunRepository runs;
  private final DecisionRepository decisions;
  private final ChargeRepository chargeTerms;
  private final PromiseService promises;
  private final MessageComposer composer;
  private final ApplicationEventPublisher events;
  private final CollectionsProperties properties;
  private final TransactionTemplate tx;
  private final BusinessCalendar calendar;
  private final Clock clock;

  RunProcessor(RunLoader loader, RunExecutor executor, RunRepository runs, DecisionRepository decisions,
      ChargeRepository chargeTerms, PromiseService promises, MessageComposer composer,
      ApplicationEventPublisher events, CollectionsProperties properties, TransactionTemplate tx,
      BusinessCalendar calendar, Clock clock) {
    this.loader = loader;
    this.executor = executor;
    this.runs = runs;
    this.decisions = decisions;
    this.chargeTerms = chargeTerms;
    this.promises = promises;
    this.composer = composer;
    this.events = events;
    this.properties = properties;
    this.tx = tx;
    this.calendar = calendar;
    this.clock = clock;
  }

  RunView process(RunId id, LocalDate asOf, boolean dry, CompanyId company, List<CustomerId> only) {
    try {
      if (!dry && asOf.equals(calendar.today())) {
        promises.checkDue(asOf);
      }
      RunContext ctx = loader.context(id, asOf, dry);
      List<CustomerId> candidates = loader.candidates(ctx, company, only);
      Map<CompanyId, ChargeTerms> companyTerms = chargeTerms.allCompanyTerms();
      int planned = 0;
      for (int from = 0; from < candidates.size(); from += properties.batchSize()) {
        List<CustomerId> batch = candidates.subList(from, Math.min(candidates.size(), from + properties.batchSize()));
        planned += batch(ctx, batch, companyTerms);
      }
      int customers = planned;
      log.info("dunning run {} as of {}{}: {} candidates, {} with decisions; seconds {}", id, asOf,
          dry ? " (dry)" : "", candidates.size(), customers, ctx.timings());
      RunView done = tx.execute(s -> {
        runs.finish(id, RunStatus.COMPLETED, customers, null, clock.instant());
        RunView view = runs.find(id).orElseThrow();
        if (!dry) {
          events.publishEvent(new DunningRunCompleted(id, asOf, view.kind(), customers, view.outcomes()));
        }
        return view;
      });
      return done;
    } catch (RuntimeException e) {
      log.error("dunning run {} as of {} failed", id, asOf, e);
      tx.executeWithoutResult(s -> runs.finish(id, RunStatus.FAILED, 0, String.valueOf(e.getMessage()),
          clock.instant()));
      throw e;
    }
  }

  /** Plans and carries out one batch; returns how many of its customers had decisions. */
  private int batch(RunContext ctx, List<CustomerId> batch, Map<CompanyId, ChargeTerms> companyTerms) {
    long t0 = System.nanoTime();
    Map<CustomerId, ChargeTerms> own = chargeTerms.customerTerms(batch);
    List<LoadedCustomer> loaded = loader.load(ctx, batch);
    ctx.timings().add("load", t0);
    List<DecisionView> dry = new ArrayList<>();
    int planned = 0;
    for (LoadedCustomer c : loaded) {
      ChargeTerms terms = own.getOrDefault(c.kase().customerId(), companyTerms.get(c.kase().companyId()));
      long p0 = System.nanoTime();
      List<PlannedDecision> plan = DunningPlanner.plan(c.kase());
      ctx.timings().add("plan", p0);
      if (plan.isEmpty() && terms == null) {
        continue;
      }
      long e0 = System.nanoTime();
      List<DecisionView> recorded = ctx.dryRun() ? executor.decide(ctx, c, plan, terms) : carryOut(ctx, c, plan, terms);
      ctx.timings().add(ctx.dryRun() ? "decide" : "carry-out", e0);
      dry.addAll(ctx.dryRun() ? recorded : List.of());
      planned += recorded.isEmpty() ? 0 : 1;
    }
    if (!dry.isEmpty()) {
      long r0 = System.nanoTime();
      tx.executeWithoutResult(s -> decisions.insert(dry));
      ctx.timings().add("record", r0);
    }
    return planned;
  }

  private List<DecisionView> carryOut(RunContext ctx, LoadedCustomer c, List<PlannedDecision> plan,
      ChargeTerms terms) {
    try {
      return tx.execute(s -> executor.execute(ctx, c, plan, terms));
    } catch (RuntimeException e) {
      log.warn("dunning run {}: customer {} could not be carried out; recorded, the steps stay due", ctx.runId(),
          c.kase().code(), e);
      List<DecisionView> failed = plan.stream().map(d -> d.outcome() == DecisionOutcome.SKIP
          ? DecisionViews.of(ctx, c, d, null, null, null, null)
          : DecisionViews.failed(ctx, c, d, String.valueOf(e.getMessage()))).toList();
      tx.executeWithoutResult(s -> decisions.insert(failed));
      return failed;
    }
  }

  /** The template variables of a recorded message decision, rebuilt for its preview. */
  Map<String, Object> variables(DecisionView d) {
    RunContext ctx = loader.context(d.runId(), d.asOf(), true);
    List<LoadedCustomer> loaded = loader.load(ctx, List.of(d.customerId()));
    StrategyStep step = StrategyStep.message(d.stepName(), 0, d.channel(), d.templateKey());
    ContactChoice to = new ContactChoice(d.contactId(), (String) d.detail().get("contactName"), d.recipient(),
        d.language());
    PlannedDecision pd = new PlannedDecision(d.channel(), d.level(), step, d.outcome(), d.reason(), Map.of(),
        d.items(), to, d.notBefore(), Map.of(), java.util.Set.of());
    Locale locale = Locales.fromTag(d.language());
    return composer.variables(loaded.get(0), pd, locale);
  }
}
