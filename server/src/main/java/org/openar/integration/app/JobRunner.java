package org.openar.integration.app;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openar.integration.IntegrationError;
import org.openar.integration.persistence.JobRepository;
import org.openar.shared.error.OpenArException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The bounded executor background imports run on ({@code workers} threads, {@code queueCapacity} waiting, beyond that
 * INTEGRATION_BUSY), the one-second progress ticker, and recovery: when the server starts, the jobs this installation
 * was running when it stopped (and jobs elsewhere silent for ten minutes) are marked FAILED with
 * INTEGRATION_JOB_INTERRUPTED and their counts, so no import is ever left "running" forever. Their committed chunks
 * stay; importing the file again adds only the rest.
 */
@Component
class JobRunner {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  static final Duration STALE = Duration.ofMinutes(10);

  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService ticker;
  private final ImportJobs jobs;
  private final JobRepository repository;
  private final NodeName node;
  private final Clock clock;
  private final boolean serverJobs;

  JobRunner(IntegrationProperties properties, ImportJobs jobs, JobRepository repository, NodeName node, Clock clock,
      Uploads uploads, @Value("${openar.jobs.enabled:true}") boolean serverJobs) {
    AtomicInteger n = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 1, TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(properties.queueCapacity()), r -> daemon(r, "import-" + n.incrementAndGet()));
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "import-progress"));
    this.ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    this.jobs = jobs;
    this.repository = repository;
    this.node = node;
    this.clock = clock;
    this.serverJobs = serverJobs;
    if (serverJobs) {
      ticker.scheduleWithFixedDelay(() -> guarded(uploads::removeExpired), 5, 60, TimeUnit.MINUTES);
    }
  }

  /** Refuses early when no worker would take a job now (a job is then not even created). */
  void checkCapacity() {
    if (workers.getQueue().remainingCapacity() == 0) {
      throw new OpenArException(IntegrationError.INTEGRATION_BUSY, workers.getQueue().size());
    }
  }

  void submit(Runnable job) {
    try {
      workers.execute(job);
    } catch (RejectedExecutionException e) {
      throw new OpenArException(IntegrationError.INTEGRATION_BUSY, workers.getQueue().size());
    }
  }

  /** On a server start (not for CLI commands, which may run beside a server on the same data). */
  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (serverJobs) {
      recover();
    }
  }

  List<UUID> recover() {
    List<UUID> failed = repository.failAbandoned(node.value(), clock.instant().minus(STALE),
        IntegrationError.INTEGRATION_JOB_INTERRUPTED.code(), clock.instant());
    if (!failed.isEmpty()) {
      log.warn("{} import job(s) were interrupted by a stop and are marked FAILED: {}", failed.size(), failed);
    }
    return failed;
  }

  private void tick() {
    guarded(jobs::tick);
  }

  private static void guarded(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) { // the next run tries again
      log.debug("background import task failed", e);
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    ticker.shutdownNow();
    workers.shutdownNow(); // running jobs see the interrupt and end FAILED (interrupted) with their counts
    if (!workers.awaitTermination(20, TimeUnit.SECONDS)) {
      log.warn("import workers did not stop within 20 s; their jobs are failed at the next start");
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
