package org.openar.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The throttling rule on its own: {@code maxFailures} attempts within {@code window} lock the username until
 * {@code cooldown} after the newest of them. Attempts refused while locked are not counted, so the lock ends on time.
 */
public record LoginThrottling(int maxFailures, Duration window, Duration cooldown) {

  /** How far back attempts matter at all. */
  public Duration horizon() {
    return window.plus(cooldown);
  }

  /**
   * @param recent the username's attempts newest first (at least the newest {@code maxFailures} within the horizon)
   * @return when the lock ends, if the username is locked at {@code now}
   */
  public Optional<Instant> lockedUntil(List<Instant> recent, Instant now) {
    if (recent.size() < maxFailures) {
      return Optional.empty();
    }
    Instant newest = recent.get(0);
    Instant oldestCounted = recent.get(maxFailures - 1);
    if (Duration.between(oldestCounted, newest).compareTo(window) > 0) {
      return Optional.empty();
    }
    Instant until = newest.plus(cooldown);
    return now.isBefore(until) ? Optional.of(until) : Optional.empty();
  }
}
