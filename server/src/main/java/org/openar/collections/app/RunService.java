package org.openar.collections.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.collections.CollectionsError;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionView;
import org.openar.collections.DunningRuns;
import org.openar.collections.RunId;
import org.openar.collections.RunKind;
import org.openar.collections.RunStatus;
import org.openar.collections.RunView;
import org.openar.collections.persistence.DecisionRepository;
import org.openar.collections.persistence.RunRepository;
import org.openar.collections.persistence.RunRepository.NewRun;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.notifications.NotificationTemplates;
import org.openar.notifications.TemplatePreview;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class RunService implements DunningRuns {

  static final int MAX_CUSTOMERS = 1000;

  private final RunRepository runs;
  private final DecisionRepository decisions;
  private final RunLock lock;
  private final RunProcessor processor;
  private final Customers customers;
  private final CustomerAccess access;
  private final NotificationTemplates templates;
  private final CollectionsProperties properties;
  private final TransactionTemplate tx;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public RunService(RunRepository runs, DecisionRepository decisions, RunLock lock, RunProcessor processor,
      Customers customers, CustomerAccess access, NotificationTemplates templates, CollectionsProperties properties,
      TransactionTemplate tx, BusinessCalendar calendar, Clock clock) {
    this.runs = runs;
    this.decisions = decisions;
    this.lock = lock;
    this.processor = processor;
    this.customers = customers;
    this.access = access;
    this.templates = templates;
    this.properties = properties;
    this.tx = tx;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public RunView run(RunRequest r) {
    LocalDate today = calendar.today();
    LocalDate asOf = r.asOf() == null ? today : r.asOf();
    if (asOf.isAfter(today)) {
      throw new OpenArException(CollectionsError.COLLECTIONS_RUN_DATE_IN_FUTURE, asOf, today).onField("asOf");
    }
    if (r.customerIds().size() > MAX_CUSTOMERS) {
      throw new OpenArException(CollectionsError.COLLECTIONS_RUN_TOO_MANY_CUSTOMERS, MAX_CUSTOMERS)
          .onField("customerIds");
    }
    if (r.companyId() != null) {
      customers.getCompany(r.companyId());
    }
    NewRun run = new NewRun(new RunId(Ids.newId()), asOf, RunKind.MANUAL, r.dryRun(), r.companyId(),
        r.customerIds().stream().map(CustomerId::value).toList(), CurrentActor.get().username(), properties.node(),
        clock.instant());
    if (r.dryRun()) {
      tx.executeWithoutResult(s -> runs.insert(run));
      return processor.process(run.id(), asOf, true, r.companyId(), r.customerIds());
    }
    try (RunLock.Held held = lock.tryAcquire().orElseThrow(
        () -> new OpenArException(CollectionsError.COLLECTIONS_RUN_IN_PROGRESS))) {
      tx.executeWithoutResult(s -> {
        runs.markInterrupted(clock.instant());
        runs.insert(run);
      });
      return processor.process(run.id(), asOf, false, r.companyId(), r.customerIds());
    }
  }

  @Override
  public Optional<RunView> runDailyIfDue() {
    LocalDate today = calendar.today();
    ZonedDateTime now = clock.instant().atZone(calendar.zone());
    if (now.toLocalTime().isBefore(properties.dailyRunAt()) || completed(today)) {
      return Optional.empty();
    }
    Optional<RunLock.Held> held = lock.tryAcquire();
    if (held.isEmpty()) {
      return Optional.empty();
    }
    try (RunLock.Held h = held.get()) {
      if (completed(today)) {
        return Optional.empty(); // another node finished it while we waited for the lock
      }
      RunId id = tx.execute(s -> {
        runs.markInterrupted(clock.instant());
        Optional<RunView> existing = runs.scheduled(today);
        if (existing.isPresent()) {
          runs.resume(existing.get().id(), properties.node(), "resumed by " + properties.node() + " at "
              + clock.instant());
          return existing.get().id();
        }
        RunId fresh = new RunId(Ids.newId());
        runs.insert(new NewRun(fresh, today, RunKind.SCHEDULED, false, null, List.of(), "system", properties.node(),
            clock.instant()));
        return fresh;
      });
      return Optional.of(processor.process(id, today, false, null, List.of()));
    }
  }

  private boolean completed(LocalDate day) {
    return runs.scheduled(day).map(r -> r.status() == RunStatus.COMPLETED).orElse(false);
  }

  @Override
  public RunView get(RunId id) {
    return runs.find(id).orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_RUN_NOT_FOUND, id));
  }

  @Override
  public Page<RunView> history(Boolean dryRun, PageQuery page) {
    return Page.of(runs.history(dryRun, page), runs.count(dryRun), page);
  }

  @Override
  public Page<DecisionView> decisions(DecisionQuery query, PageQuery page) {
    if (query.customerId() != null) {
      access.require(query.customerId());
    }
    List<CustomerId> visible = access.visibleOrAll();
    return Page.of(decisions.search(query, visible, page), decisions.count(query, visible), page);
  }

  @Override
  public TemplatePreview preview(UUID decisionId) {
    DecisionView d = decisions.find(decisionId)
        .orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_DECISION_NOT_FOUND, decisionId));
    access.require(d.customerId());
    if (d.templateKey() == null || d.outcome() != DecisionOutcome.SEND && d.outcome() != DecisionOutcome.DEFER) {
      throw new OpenArException(CollectionsError.COLLECTIONS_DECISION_NOT_A_MESSAGE, decisionId, d.outcome());
    }
    return templates.preview(d.templateKey(), null, processor.variables(d));
  }
}
