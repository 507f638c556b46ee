package org.openar.identity.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.identity.IdentityError;
import org.openar.identity.UserView;
import org.openar.identity.Users.NewUser;
import org.openar.identity.persistence.TokenRepository;
import org.openar.identity.persistence.TokenRepository.TokenRow;
import org.openar.identity.persistence.UserRepository;
import org.openar.identity.persistence.UserRepository.UserFilter;
import org.openar.identity.persistence.UserRepository.UserRow;
import org.openar.shared.error.OpenArException;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration. Two rules keep the system administrable: an administrator never removes its own ADMIN role or
 * disables itself (another administrator must), and no change may leave the system without an enabled administrator.
 */
@Service
public class UserAdminService {

  public static final Set<String> SORT_FIELDS = Set.of("username", "displayName", "createdAt", "lastLoginAt");

  private final UserRepository users;
  private final TokenRepository tokens;
  private final UserService userService;
  private final LoginThrottle throttle;
  private final AuditTrail audit;
  private final Clock clock;

  public UserAdminService(UserRepository users, TokenRepository tokens, UserService userService, LoginThrottle throttle,
      AuditTrail audit, Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.userService = userService;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
  }

  /** The editable profile: every field is set (a null or blank email clears it). */
  public record UserUpdate(String displayName, String email, Set<Role> roles, String language, boolean enabled) {}

  @Transactional(readOnly = true)
  public Page<UserAccount> list(String text, Role role, Boolean enabled, PageQuery q) {
    UserFilter filter = new UserFilter(text, role, enabled);
    return Page.of(users.search(filter, q).stream().map(UserAccount::of).toList(), users.count(filter), q);
  }

  @Transactional(readOnly = true)
  public UserAccount get(UUID id) {
    return UserAccount.of(row(id));
  }

  @Transactional
  public UserAccount create(NewUser user) {
    return get(userService.create(user).id());
  }

  @Transactional
  public UserAccount update(UUID id, UserUpdate u) {
    UserService.checkDisplayName(u.displayName());
    String email = UserService.checkEmail(u.email());
    UserService.checkRoles(u.roles());
    UserService.checkLanguage(u.language());
    List<UUID> enabledAdmins = users.lockEnabledAdmins(); // before the target row: one lock order for everyone
    UserView before = users.lock(id).map(UserRow::view)
        .orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_USER_NOT_FOUND, id));
    UserView after = new UserView(id, before.username(), u.displayName().strip(), email,
        UserService.sortedRoles(u.roles()), u.language(), u.enabled());
    if (after.equals(before)) {
      return get(id);
    }
    boolean staysAdmin = after.enabled() && after.roles().contains(Role.ADMIN);
    Actor me = CurrentActor.get();
    if (me.userId().equals(id) && before.roles().contains(Role.ADMIN) && before.enabled() && !staysAdmin) {
      throw new OpenArException(IdentityError.IDENTITY_SELF_LOCKOUT)
          .onField(after.enabled() ? "roles" : "enabled");
    }
    if (enabledAdmins.contains(id) && !staysAdmin && enabledAdmins.size() <= 1) {
      throw new OpenArException(IdentityError.IDENTITY_LAST_ADMIN).onField(after.enabled() ? "roles" : "enabled");
    }
    users.update(after, clock.instant());
    audit.record("identity.user", id.toString(), "updated", before, after);
    return get(id);
  }

  /** Sets a password chosen by an administrator, ends the user's sessions and lifts any sign-in throttling. */
  public void resetPassword(UUID id, String password) {
    UserService.checkPassword(password);
    UserView user = row(id).view();
    userService.setPassword(id, password, "password-reset");
    throttle.succeeded(user.username());
  }

  @Transactional(readOnly = true)
  public List<ApiTokenView> tokens(UUID userId) {
    row(userId);
    return tokens.ofUser(userId).stream().map(t -> ApiTokenView.of(t, clock.instant())).toList();
  }

  /** A new token for the user; the secret is in the result this once. */
  public record CreatedToken(ApiTokenView token, String secret) {}

  @Transactional
  public CreatedToken createToken(UUID userId, String name, Integer validDays) {
    if (name == null || name.isBlank() || (validDays != null && (validDays < 1 || validDays > 3650))) {
      throw new OpenArException(IdentityError.IDENTITY_INVALID_TOKEN_REQUEST)
          .onField(name == null || name.isBlank() ? "name" : "validDays");
    }
    UserView user = row(userId).view();
    UserService.IssuedToken issued = userService.issueToken(user, name, validDays == null ? null : Duration.ofDays(validDays));
    TokenRow row = tokens.find(userId, issued.id()).orElseThrow();
    return new CreatedToken(ApiTokenView.of(row, clock.instant()), issued.secret());
  }

  /** Revokes a token at once (its next request is a 401); revoking a revoked token changes nothing. */
  @Transactional
  public ApiTokenView revokeToken(UUID userId, UUID tokenId) {
    row(userId);
    TokenRow before = tokens.find(userId, tokenId)
        .orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_TOKEN_NOT_FOUND, tokenId));
    if (tokens.revoke(tokenId, clock.instant())) {
      TokenRow after = tokens.find(userId, tokenId).orElseThrow();
      audit.record("identity.token", tokenId.toString(), "revoked", before, after);
      return ApiTokenView.of(after, clock.instant());
    }
    return ApiTokenView.of(before, clock.instant());
  }

  private UserRow row(UUID id) {
    return users.findById(id).orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_USER_NOT_FOUND, id));
  }
}
