package org.openar.notifications.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff: after attempt n the next one waits {@code initialDelay * 2^(n-1)}, capped at {@code maxDelay};
 * after {@code maxAttempts} failed attempts the message has failed for good. Defaults (8 attempts, 1 minute, 1 hour)
 * retry for about three hours, enough to ride out an SMTP maintenance window.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  public RetryPolicy {
    if (maxAttempts < 1 || initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("invalid retry policy " + maxAttempts + "/" + initialDelay + "/" + maxDelay);
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(1));
  }

  public boolean exhausted(int attemptsMade) {
    return attemptsMade >= maxAttempts;
  }

  public Duration delayAfter(int attemptsMade) {
    int doublings = Math.max(0, Math.min(attemptsMade - 1, 30));
    Duration delay = initialDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  public Instant nextAttempt(Instant now, int attemptsMade) {
    return now.plus(delayAfter(attemptsMade));
  }
}
