package org.openar.identity.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.identity.IdentityError;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.identity.persistence.TokenRepository;
import org.openar.identity.persistence.UserRepository;
import org.openar.identity.persistence.UserRepository.UserRow;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.Role;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService implements Users, UserDetailsService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private final UserRepository users;
  private final TokenRepository tokens;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final Clock clock;

  public UserService(UserRepository users, TokenRepository tokens, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public OpenArPrincipal loadUserByUsername(String username) {
    return users.findByUsername(username).map(r -> new OpenArPrincipal(r.view(), r.passwordHash()))
        .orElseThrow(() -> new UsernameNotFoundException(username));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UserView> find(UUID id) {
    return users.findById(id).map(UserRow::view);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UserView> findByUsername(String username) {
    return users.findByUsername(username).map(UserRow::view);
  }

  @Override
  @Transactional(readOnly = true)
  public List<UserView> withRole(Role role) {
    return users.withRole(role).stream().map(UserRow::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<UserView> all() {
    return users.all().stream().map(UserRow::view).toList();
  }

  @Override
  @Transactional
  public UserView create(NewUser n) {
    if (n.username() == null || !n.username().matches("[A-Za-z0-9._@-]{2,64}")) {
      throw new OpenArException(IdentityError.IDENTITY_INVALID_USERNAME, String.valueOf(n.username())).onField("username");
    }
    checkPassword(n.password());
    if (n.roles() == null || n.roles().isEmpty()) {
      throw new OpenArException(IdentityError.IDENTITY_NO_ROLES).onField("roles");
    }
    String language = n.language() == null ? "en" : n.language();
    if (!language.equals("en") && !language.equals("zh-CN")) {
      throw new OpenArException(IdentityError.IDENTITY_UNSUPPORTED_LANGUAGE, language).onField("language");
    }
    if (users.findByUsername(n.username()).isPresent()) {
      throw new OpenArException(IdentityError.IDENTITY_USERNAME_TAKEN, n.username()).onField("username");
    }
    UserView view = new UserView(Ids.newId(), n.username(),
        n.displayName() == null || n.displayName().isBlank() ? n.username() : n.displayName(), n.email(),
        Set.copyOf(n.roles()), language, true);
    users.insert(view, encoder.encode(n.password()), clock.instant());
    audit.record("identity.user", view.id().toString(), "created", null, view);
    return view;
  }

  @Override
  @Transactional
  public String createToken(String username, String tokenName, Duration validity) {
    UserView user = findByUsername(username)
        .orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_USER_NOT_FOUND, username));
    StringBuilder secret = new StringBuilder("oar_");
    for (int i = 0; i < 40; i++) {
      secret.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    String token = secret.toString();
    UUID id = Ids.newId();
    tokens.insert(id, user.id(), tokenName == null ? "api" : tokenName, TokenAuthenticationFilter.hash(token),
        clock.instant(), validity == null ? null : clock.instant().plus(validity));
    audit.record("identity.token", id.toString(), "created", null,
        java.util.Map.of("user", user.username(), "name", tokenName == null ? "api" : tokenName));
    return token;
  }

  /** At least 10 characters with a letter and a digit; good enough to stop "admin123", not a password policy engine. */
  static void checkPassword(String password) {
    if (password == null || password.length() < 10 || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
      throw new OpenArException(IdentityError.IDENTITY_WEAK_PASSWORD).onField("password");
    }
  }

  public static String generatePassword() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return sb.append(RANDOM.nextInt(10)).toString();
  }
}
