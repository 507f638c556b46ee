package org.openar.identity.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code openar.identity.*}. Sign-in throttling: after {@code max-failures} failed attempts for one username within
 * {@code window}, attempts are refused until {@code cooldown} has passed since the last failure.
 */
@ConfigurationProperties("openar.identity")
public record IdentityProperties(@DefaultValue Login login) {

  public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
      @DefaultValue("15m") Duration cooldown) {

    public Login {
      if (maxFailures < 1 || window.isNegative() || window.isZero() || cooldown.isNegative() || cooldown.isZero()) {
        throw new IllegalArgumentException("openar.identity.login needs max-failures >= 1 and positive durations");
      }
    }
  }
}
