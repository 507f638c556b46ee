package org.openar.identity.app;

import java.time.Clock;
import java.util.Optional;
import org.openar.identity.IdentityError;
import org.openar.identity.persistence.UserRepository;
import org.openar.identity.persistence.UserRepository.UserRow;
import org.openar.shared.error.OpenArException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password checks, throttled per username. Unknown users, disabled users and wrong passwords all look the same from
 * outside, in the answer and in the time it takes (a dummy hash is checked when there is no user).
 */
@Service
public class LoginService {

  /** Longer input is refused without hashing it, so nobody can make the server bcrypt megabytes. */
  private static final int MAX_PASSWORD_CHARS = 1024;

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;
  private final Clock clock;
  private volatile String dummyHash;

  public LoginService(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.throttle = throttle;
    this.clock = clock;
  }

  /** Signs a user in, or throws IDENTITY_BAD_CREDENTIALS / IDENTITY_LOGIN_THROTTLED. */
  public OpenArPrincipal signIn(String username, String password) {
    throttle.begin(username);
    Optional<UserRow> row = users.findByUsername(username);
    boolean matches = matches(row.map(UserRow::passwordHash).orElse(null), password);
    if (row.isEmpty() || !matches || !row.get().view().enabled()) {
      throw new OpenArException(IdentityError.IDENTITY_BAD_CREDENTIALS);
    }
    throttle.succeeded(username);
    UserRow r = row.get();
    users.touchLogin(r.view().id(), clock.instant());
    return new OpenArPrincipal(r.view(), "", r.credentialsVersion());
  }

  /** Confirms a signed-in user's current password (before a change); wrong guesses count towards throttling. */
  public void confirmPassword(UserRow user, String password) {
    throttle.begin(user.view().username());
    if (!matches(user.passwordHash(), password)) {
      throw new OpenArException(IdentityError.IDENTITY_WRONG_CURRENT_PASSWORD).onField("currentPassword");
    }
    throttle.succeeded(user.view().username());
  }

  private boolean matches(String hash, String password) {
    if (password == null || password.length() > MAX_PASSWORD_CHARS) {
      return false;
    }
    return encoder.matches(password, hash == null ? dummyHash() : hash) && hash != null;
  }

  private String dummyHash() {
    String h = dummyHash;
    if (h == null) {
      h = encoder.encode("no-such-user-" + System.identityHashCode(this));
      dummyHash = h;
    }
    return h;
  }
}
