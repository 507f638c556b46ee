package org.openar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openar.identity.domain.LoginThrottling;

/** The throttling rule over time, without a database: 5 failures in 15 minutes lock for 15 minutes. */
class LoginThrottlingTest {

  final LoginThrottling rule = new LoginThrottling(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
  final Instant t0 = Instant.parse("2026-11-22T08:00:00Z");
  final List<Instant> attempts = new ArrayList<>(); // newest first, as the repository returns them

  void failAt(int minute) {
    attempts.add(0, t0.plus(Duration.ofMinutes(minute)));
  }

  boolean lockedAt(int minute, int seconds) {
    return rule.lockedUntil(attempts, t0.plus(Duration.ofMinutes(minute)).plusSeconds(seconds)).isPresent();
  }

  @Test
  void fiveFailuresWithinTheWindowLockUntilTheCooldownEnds() {
    for (int m = 0; m < 4; m++) {
      failAt(m);
    }
    assertThat(lockedAt(4, 0)).isFalse();
    failAt(4);
    assertThat(lockedAt(4, 1)).isTrue();
    assertThat(rule.lockedUntil(attempts, t0.plus(Duration.ofMinutes(5)))).contains(t0.plus(Duration.ofMinutes(19)));
    assertThat(lockedAt(18, 59)).isTrue();
    assertThat(lockedAt(19, 0)).isFalse();
  }

  @Test
  void failuresSpreadWiderThanTheWindowDoNotLock() {
    for (int m : new int[] {0, 4, 8, 12, 16}) {
      failAt(m);
    }
    assertThat(lockedAt(16, 1)).as("first and fifth are 16 minutes apart").isFalse();
    failAt(17);
    assertThat(lockedAt(17, 1)).as("the newest five span 13 minutes").isTrue();
  }

  @Test
  void afterTheCooldownOneMoreFailureDoesNotLockAgainAtOnce() {
    for (int m = 0; m < 5; m++) {
      failAt(m);
    }
    failAt(20);
    assertThat(lockedAt(20, 1)).isFalse();
  }
}
