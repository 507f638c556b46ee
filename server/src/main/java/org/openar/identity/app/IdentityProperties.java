package org.openar.identity.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code openar.identity.*}. Sign-in throttling: after {@code max-failures} failed attempts for one username within
 * {@code window}, attempts are refused until {@code cooldown} has passed since the last failure. {@code bcrypt-strength}
 * is the bcrypt cost (10 = 2^10 rounds); tests lower it because they create hundreds of users, nothing else should.
 */
@ConfigurationProperties("openar.identity")
public record IdentityProperties(@DefaultValue Login login, @DefaultValue("10") int bcryptStrength) {

  public IdentityProperties {
    if (bcryptStrength < 4 || bcryptStrength > 31) {
      throw new IllegalArgumentException("openar.identity.bcrypt-strength must be between 4 and 31");
    }
  }

  public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
      @DefaultValue("15m") Duration cooldown) {

    public Login {
      if (maxFailures < 1 || window.isNegative() || window.isZero() || cooldown.isNegative() || cooldown.isZero()) {
        throw new IllegalArgumentException("openar.identity.login needs max-failures >= 1 and positive durations");
      }
    }
  }
}
