package org.openar.identity.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    return users.findByUsername(username)
        .map(r -> new OpenArPrincipal(r.view(), r.passwordHash(), r.credentialsVersion()))
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
    return createAll(List.of(n)).get(0);
  }

  /**
   * {@inheritDoc} All users are checked before anything is written (a username twice in the list is taken, like one
   * that exists); the password hashes, the slow part by design, are computed side by side on the available cores.
   */
  @Override
  @Transactional
  public List<UserView> createAll(List<NewUser> newUsers) {
    List<UserView> views = new ArrayList<>(newUsers.size());
    Set<String> names = new HashSet<>();
    for (NewUser n : newUsers) {
      UserView view = checked(n);
      if (!names.add(view.username().toLowerCase(Locale.ROOT))) {
        throw new OpenArException(IdentityError.IDENTITY_USERNAME_TAKEN, n.username()).onField("username");
      }
      views.add(view);
    }
    List<String> hashes = newUsers.parallelStream().map(n -> encoder.encode(n.password())).toList();
    for (int i = 0; i < views.size(); i++) {
      insert(views.get(i), hashes.get(i));
    }
    audit.recordAll(views.stream()
        .map(v -> new AuditTrail.Entry("identity.user", v.id().toString(), "created", null, v))
        .toList());
    return views;
  }

  /** The user {@code create} would write, after every check on the request. */
  private UserView checked(NewUser n) {
    if (n.username() == null || !n.username().matches("[A-Za-z0-9._@-]{2,64}")) {
      throw new OpenArException(IdentityError.IDENTITY_INVALID_USERNAME, String.valueOf(n.username())).onField("username");
    }
    checkPassword(n.password());
    checkRoles(n.roles());
    String language = n.language() == null ? "en" : n.language();
    checkLanguage(language);
    String email = checkEmail(n.email());
    String displayName = n.displayName() == null || n.displayName().isBlank() ? n.username() : n.displayName().strip();
    checkDisplayName(displayName);
    if (users.findByUsername(n.username()).isPresent()) {
      throw new OpenArException(IdentityError.IDENTITY_USERNAME_TAKEN, n.username()).onField("username");
    }
    return new UserView(Ids.newId(), n.username(), displayName, email, sortedRoles(n.roles()), language, true);
  }

  private void insert(UserView view, String passwordHash) {
    try {
      users.insert(view, passwordHash, clock.instant());
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw new OpenArException(IdentityError.IDENTITY_USERNAME_TAKEN, view.username()).onField("username");
    }
  }

  @Override
  @Transactional
  public String createToken(String username, String tokenName, Duration validity) {
    UserView user = findByUsername(username)
        .orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_USER_NOT_FOUND, username));
    return issueToken(user, tokenName, validity).secret();
  }

  /** A new token's id and its secret; the secret is shown this once and stored only as a SHA-256 hash. */
  public record IssuedToken(UUID id, String secret) {}

  @Transactional
  public IssuedToken issueToken(UserView user, String tokenName, Duration validity) {
    String name = tokenName == null || tokenName.isBlank() ? "api" : tokenName.strip();
    if (name.length() > 64 || (validity != null && (validity.isNegative() || validity.isZero()))) {
      throw new OpenArException(IdentityError.IDENTITY_INVALID_TOKEN_REQUEST).onField("name");
    }
    StringBuilder secret = new StringBuilder("oar_");
    for (int i = 0; i < 40; i++) {
      secret.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    String token = secret.toString();
    UUID id = Ids.newId();
    tokens.insert(id, user.id(), name, TokenAuthenticationFilter.hash(token), clock.instant(),
        validity == null ? null : clock.instant().plus(validity));
    audit.record("identity.token", id.toString(), "created", null, java.util.Map.of("user", user.username(), "name", name));
    return new IssuedToken(id, token);
  }

  /**
   * Sets a new password (already checked by the caller) and bumps the credentials version, which ends the user's other
   * sessions; returns the new version. {@code action} is the audit action (password-changed, password-reset).
   */
  @Transactional
  public int setPassword(UUID userId, String password, String action) {
    UserView user = find(userId).orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_USER_NOT_FOUND, userId));
    int version = users.updatePassword(userId, encoder.encode(password), clock.instant());
    // the audit row says that and when, never anything about the password itself
    audit.record("identity.user", userId.toString(), action, null,
        java.util.Map.of("username", user.username(), "credentialsVersion", version));
    return version;
  }

  /**
   * At least 10 characters with a letter and a digit; good enough to stop "admin123", not a password policy engine.
   * At most 72 bytes, because bcrypt silently ignores the rest.
   */
  static void checkPassword(String password) {
    checkPassword(password, "password");
  }

  static void checkPassword(String password, String field) {
    if (password == null || password.length() < 10 || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
      throw new OpenArException(IdentityError.IDENTITY_WEAK_PASSWORD).onField(field);
    }
    if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
      throw new OpenArException(IdentityError.IDENTITY_PASSWORD_TOO_LONG).onField(field);
    }
  }

  static void checkRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull)) {
      throw new OpenArException(IdentityError.IDENTITY_NO_ROLES).onField("roles");
    }
  }

  static void checkLanguage(String language) {
    if (!"en".equals(language) && !"zh-CN".equals(language)) {
      throw new OpenArException(IdentityError.IDENTITY_UNSUPPORTED_LANGUAGE, String.valueOf(language))
          .onField("language");
    }
  }

  static void checkDisplayName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new OpenArException(IdentityError.IDENTITY_INVALID_DISPLAY_NAME).onField("displayName");
    }
  }

  /** Blank means none; otherwise one address of at most 254 characters. Returns the trimmed address or null. */
  static String checkEmail(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String e = email.strip();
    if (e.length() > 254 || !e.matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+")) {
      throw new OpenArException(IdentityError.IDENTITY_INVALID_EMAIL, e).onField("email");
    }
    return e;
  }

  /** Roles in enum order, so responses and audit rows list them the same way every time. */
  static Set<Role> sortedRoles(Set<Role> roles) {
    java.util.EnumSet<Role> sorted = java.util.EnumSet.noneOf(Role.class);
    sorted.addAll(roles);
    return java.util.Collections.unmodifiableSet(sorted);
  }

  public static String generatePassword() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return sb.append(RANDOM.nextInt(10)).toString();
  }
}
