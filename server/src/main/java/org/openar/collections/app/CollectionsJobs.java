package org.openar.collections.app;

import org.openar.collections.DunningRuns;
import org.openar.collections.SalesCollaboration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node checks each {@code openar.collections.tick} whether the daily run (with the promise check and the
 * charges) or the weekly digest is due; the run lock and the run row make sure one node does it once. Off with
 * {@code openar.jobs.enabled=false} (CLI, tests), where callers use {@link DunningRuns#runDailyIfDue()} directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openar.jobs.enabled", havingValue = "true", matchIfMissing = true)
class CollectionsJobs {

  private static final Logger log = LoggerFactory.getLogger(CollectionsJobs.class);

  private final DunningRuns runs;
  private final SalesCollaboration sales;

  CollectionsJobs(DunningRuns runs, SalesCollaboration sales) {
    this.runs = runs;
    this.sales = sales;
  }

  @Scheduled(fixedDelayString = "${openar.collections.tick:60s}", initialDelayString = "30s")
  void tick() {
    try {
      runs.runDailyIfDue().ifPresent(r -> log.info("daily dunning run {} as of {}: {} customers, {}", r.id(),
          r.asOf(), r.customers(), r.outcomes()));
    } catch (RuntimeException e) {
      log.error("daily dunning run failed; the next tick resumes it", e);
    }
    try {
      int digests = sales.sendDigestsIfDue();
      if (digests > 0) {
        log.info("weekly sales digests queued: {}", digests);
      }
    } catch (RuntimeException e) {
      log.error("weekly sales digest failed; the next tick retries", e);
    }
  }
}
