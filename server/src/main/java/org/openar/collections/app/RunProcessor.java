package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through a run's customers batch by batch: load, plan, carry out. A real run commits each customer on its own
 * (a failure there is recorded and the run goes on); a dry run records each batch's decisions in one go (COPY).
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
      int customers = pipeline(ctx, candidates, chargeTerms.allCompanyTerms());
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

  /**
   * Batch by batch, with the database reads of the next batch and the recording of a dry run's decisions on
   * threads of their own while this one plans: on two cores the run then uses both instead of waiting in turn. The
   * batches are disjoint sets of customers, so reading the next one ahead never sees a state this one changes.
   */
  private int pipeline(RunContext ctx, List<CustomerId> candidates, Map<CompanyId, ChargeTerms> companyTerms) {
    int size = properties.batchSize();
    ExecutorService io = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "dunning-run-" + ctx.runId());
      t.setDaemon(true);
      return t;
    }));
    Deque<CompletableFuture<Void>> writes = new ArrayDeque<>();
    try {
      CompletableFuture<Loaded> next = candidates.isEmpty() ? null : read(ctx, slice(candidates, 0, size), io);
      int planned = 0;
      for (int from = 0; from < candidates.size(); from += size) {
        Loaded batch = join(next);
        next = from + size < candidates.size() ? read(ctx, slice(candidates, from + size, size), io) : null;
        List<DecisionView> dry = new ArrayList<>();
        planned += batch(ctx, batch, companyTerms, dry);
        if (!dry.isEmpty()) {
          while (writes.size() >= 2) {
            join(writes.removeFirst());
          }
          CompletableFuture<Void> previous = writes.peekLast() == null ? CompletableFuture.completedFuture(null)
              : writes.peekLast();
          writes.addLast(previous.thenRunAsync(() -> record(ctx, dry), io));
        }
      }
      while (!writes.isEmpty()) {
        join(writes.removeFirst());
      }
      return planned;
    } finally {
      writes.forEach(w -> w.cancel(false));
      io.shutdown();
    }
  }

  private static List<CustomerId> slice(List<CustomerId> all, int from, int size) {
    return all.subList(from, Math.min(all.size(), from + size));
  }

  private record Loaded(Map<CustomerId, ChargeTerms> terms, List<LoadedCustomer> customers) {}

  private CompletableFuture<Loaded> read(RunContext ctx, List<CustomerId> batch, ExecutorService io) {
    return CompletableFuture.supplyAsync(() -> {
      long t0 = System.nanoTime();
      Loaded loaded = new Loaded(chargeTerms.customerTerms(batch), loader.load(ctx, batch));
      ctx.timings().add("load", t0);
      return loaded;
    }, io);
  }

  private void record(RunContext ctx, List<DecisionView> dry) {
    long r0 = System.nanoTime();
    tx.executeWithoutResult(s -> decisions.insert(dry));
    ctx.timings().add("record", r0);
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Plans and carries out (or, dry, decides into {@code dry}) one batch; returns how many had decisions. */
  private int batch(RunContext ctx, Loaded batch, Map<CompanyId, ChargeTerms> companyTerms,
      List<DecisionView> dry) {
    int planned = 0;
    for (LoadedCustomer c : batch.customers()) {
      ChargeTerms terms = batch.terms().getOrDefault(c.kase().customerId(), companyTerms.get(c.kase().companyId()));
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
