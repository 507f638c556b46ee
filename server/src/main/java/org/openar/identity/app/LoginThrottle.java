package org.openar.identity.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.openar.identity.IdentityError;
import org.openar.identity.domain.LoginThrottling;
import org.openar.identity.persistence.LoginAttemptRepository;
import org.openar.shared.error.OpenArException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts password attempts per username in the database (so it holds across restarts and instances). An attempt is
 * recorded before the password is checked and forgotten on success: parallel guesses cannot slip past the limit, and
 * unknown usernames are throttled exactly like real ones.
 */
@Component
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private final LoginAttemptRepository attempts;
  private final LoginThrottling rule;
  private final Clock clock;

  public LoginThrottle(LoginAttemptRepository attempts, IdentityProperties properties, Clock clock) {
    this.attempts = attempts;
    IdentityProperties.Login p = properties.login();
    this.rule = new LoginThrottling(p.maxFailures(), p.window(), p.cooldown());
    this.clock = clock;
  }

  /** Refused while the username is cooling down; then the problem says how long, and {@code retryAfter} too. */
  public static final class ThrottledException extends OpenArException {
    private final transient Duration retryAfter;

    ThrottledException(Duration retryAfter) {
      super(IdentityError.IDENTITY_LOGIN_THROTTLED, Math.max(1, (retryAfter.toSeconds() + 59) / 60));
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  /** Starts an attempt for {@code username}, counted as failed until {@link #succeeded} says otherwise. */
  @Transactional(propagation = Propagation.REQUIRES_NEW) // the attempt stays counted when the caller rolls back
  public void begin(String username) {
    String key = key(username);
    Instant now = clock.instant();
    attempts.lockKey(key);
    attempts.purgeBefore(now.minus(rule.horizon()));
    Optional<Instant> until = rule.lockedUntil(attempts.recent(key, now.minus(rule.horizon()), rule.maxFailures()), now);
    if (until.isPresent()) {
      throw new ThrottledException(Duration.between(now, until.get()));
    }
    attempts.insert(key, now);
    if (rule.lockedUntil(attempts.recent(key, now.minus(rule.horizon()), rule.maxFailures()), now).isPresent()) {
      log.warn("sign-in attempts for {} reached {}; unless this one succeeds, more are refused for {}", key,
          rule.maxFailures(), rule.cooldown());
    }
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String username) {
    attempts.clear(key(username));
  }

  static String key(String username) {
    String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return k.length() > 200 ? k.substring(0, 200) : k;
  }
}
