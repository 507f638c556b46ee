package org.openar.notifications.app;

import org.openar.notifications.SendReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs a sending pass every {@code openar.notifications.send-interval}. Every node may run it: claiming with SKIP LOCKED
 * keeps the nodes from sending the same message. Off when {@code openar.jobs.enabled=false} (CLI, tests), where callers
 * run {@code Notifications.sendPending()} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openar.jobs.enabled", havingValue = "true", matchIfMissing = true)
class SenderJob {

  private static final Logger log = LoggerFactory.getLogger(SenderJob.class);

  private final MessageSender sender;
  private final NotificationsProperties properties;

  SenderJob(MessageSender sender, NotificationsProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  /**
   * Passes follow each other without the pause while they come back full: a dunning run queues tens of thousands of
   * messages at once, and pausing after every {@code batch-size} of them would cap sending at a batch per interval.
   */
  @Scheduled(fixedDelayString = "${openar.notifications.send-interval:15s}", initialDelayString = "10s")
  void sendPending() {
    try {
      SendReport report;
      do {
        report = sender.sendPending();
        if (report.processed() > 0) {
          log.info("notifications pass: {} sent, {} to retry, {} failed, {} suppressed", report.sent(),
              report.retrying(), report.failed(), report.suppressed());
        }
      } while (report.processed() >= properties.batchSize() && report.retrying() + report.failed() == 0);
    } catch (RuntimeException e) {
      log.warn("notifications pass failed; the next pass retries", e);
    }
  }
}
