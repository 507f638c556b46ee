package org.openar.integration.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyView;
import org.openar.integration.ImportCompleted;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportJobView;
import org.openar.integration.ImportProgress;
import org.openar.integration.ImportRequest;
import org.openar.integration.ImportStatus;
import org.openar.integration.IntegrationError;
import org.openar.integration.persistence.JobRecord;
import org.openar.integration.persistence.JobRepository;
import org.openar.integration.source.FileFacts;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The life of an import job: created QUEUED (noting an earlier import of the same file), RUNNING once the header is
 * read, then COMPLETED or FAILED with the reason; audited at creation and at the end. While a job runs here its
 * counters are live in memory and written to the job row every second ({@link ProgressTicker}).
 */
@Service
public class ImportJobs {

  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

  private final JobRepository jobs;
  private final ImportEngine engine;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Transactions transactions;
  private final String node;
  private final Map<ImportJobId, Running> live = new ConcurrentHashMap<>();

  /** A job running in this process: its counters and who wants to hear about its progress. */
  record Running(Counters counters, Consumer<ImportJobView> listener) {}

  ImportJobs(JobRepository jobs, ImportEngine engine, AuditTrail audit, ApplicationEventPublisher events,
      Clock clock, Transactions transactions, NodeName node) {
    this.jobs = jobs;
    this.engine = engine;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.transactions = transactions;
    this.node = node.value();
  }

  ImportJobView create(CompanyView company, ImportRequest request, String fileName, FileFacts facts, UUID upload,
      Actor actor) {
    ImportJobId previous = jobs.sameFile(company.id(), request.type(), facts.sha256()).stream().findFirst()
        .map(r -> r.view().id()).orElse(null);
    ImportJobView v = new ImportJobView(new ImportJobId(Ids.newId()), request.type(), ImportStatus.QUEUED,
        company.id(), fileName, facts.sha256(), facts.size(), facts.format().name(),
        request.encoding() != null ? request.encoding() : facts.detectedEncoding(), request.dryRun(),
        ImportProgress.NONE, previous, List.of(), null, null, actor.username(), clock.instant(), null, null);
    jobs.insert(v, upload, request.mapping(), request.sheet(), node);
    audit.record("integration.import", v.id().toString(), "queued", null, v);
    return v;
  }

  /** Runs a created job to its end in this thread; never throws for what the file or mapping holds. */
  ImportJobView execute(JobRecord job, RunSpec spec, Consumer<ImportJobView> listener) {
    ImportJobId id = job.view().id();
    Counters counters = new Counters();
    live.put(id, new Running(counters, listener));
    try {
      engine.run(spec, counters, (binding, encoding) -> jobs.start(id, clock.instant(), binding.header(),
          binding.ignoredColumns(), encoding, clock.instant()));
      return finish(id, ImportStatus.COMPLETED, counters.finished(), null, List.of());
    } catch (OpenArException e) {
      OpenArException shown = e.violations().isEmpty() ? e
          : new OpenArException(e.violations().get(0).code(), e.violations().get(0).args().toArray());
      return finish(id, ImportStatus.FAILED, counters.snapshot(), shown.errorCode().code(),
          shown.args().stream().map(String::valueOf).toList());
    } catch (InterruptedException e) {
      return interrupted(id, counters);
    } catch (Exception e) {
      if (Thread.interrupted()) {
        return interrupted(id, counters);
      }
      log.error("import {} failed", id, e);
      return finish(id, ImportStatus.FAILED, counters.snapshot(), IntegrationError.INTEGRATION_JOB_FAILED.code(),
          List.of(String.valueOf(e.getMessage())));
    } finally {
      live.remove(id);
    }
  }

  /** Records the interruption (with the flag cleared, so the pool still hands out a connection), then re-raises it. */
  private ImportJobView interrupted(ImportJobId id, Counters counters) {
    ImportProgress p = counters.snapshot();
    try {
      return finish(id, ImportStatus.FAILED, p, IntegrationError.INTEGRATION_JOB_INTERRUPTED.code(),
          List.of(String.valueOf(p.rowsRead()), String.valueOf(p.accepted())));
    } finally {
      Thread.currentThread().interrupt();
    }
  }

  private ImportJobView finish(ImportJobId id, ImportStatus status, ImportProgress p, String code, List<String> args) {
    jobs.finish(id, status, p, code, args, clock.instant());
    ImportJobView v = jobs.find(id).map(JobRecord::view).orElseThrow();
    log.info("import {} {} of {} {}: {} rows read, {} accepted, {} rejected, {} already present in {} ms", id,
        v.type().cliName(), v.fileName(), status, p.rowsRead(), p.accepted(), p.rejected(), p.alreadyPresent(),
        v.startedAt() == null ? 0 : java.time.Duration.between(v.startedAt(), v.finishedAt()).toMillis());
    transactions.chunk().executeWithoutResult(t -> { // the event registry records events of a transaction
      audit.record("integration.import", id.toString(), status == ImportStatus.COMPLETED ? "completed" : "failed",
          null, v);
      if (status == ImportStatus.COMPLETED && !v.dryRun()) {
        events.publishEvent(new ImportCompleted(id, v.companyId(), v.type(), p.accepted(), p.rejected(),
            p.alreadyPresent(), p.customersCreated()));
      }
    });
    Running r = live.get(id);
    if (r != null && r.listener() != null) {
      r.listener().accept(v);
    }
    return v;
  }

  /** A queued job that no worker could take. */
  void refuse(ImportJobId id, OpenArException why) {
    finish(id, ImportStatus.FAILED, ImportProgress.NONE, why.errorCode().code(),
        why.args().stream().map(String::valueOf).toList());
  }

  /** The job as stored, with this process's live counters while it runs here. */
  Optional<ImportJobView> find(ImportJobId id) {
    return jobs.find(id).map(r -> withLive(r.view()));
  }

  ImportJobView withLive(ImportJobView v) {
    Running r = live.get(v.id());
    if (r == null || v.finished()) {
      return v;
    }
    return new ImportJobView(v.id(), v.type(), v.status(), v.companyId(), v.fileName(), v.fileSha256(),
        v.fileBytes(), v.format(), v.encoding(), v.dryRun(), r.counters().snapshot(), v.previousJobId(),
        v.ignoredColumns(), v.failureCode(), v.failureArgs(), v.createdBy(), v.createdAt(), v.startedAt(),
        v.finishedAt());
  }

  /** Writes the counters of every job running here and tells their listeners (called every second). */
  void tick() {
    live.forEach((id, r) -> {
      jobs.progress(id, r.counters().snapshot(), clock.instant());
      if (r.listener() != null) {
        find(id).ifPresent(r.listener());
      }
    });
  }

  boolean running(ImportJobId id) {
    return live.containsKey(id);
  }
}
