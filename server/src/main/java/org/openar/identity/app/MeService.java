package org.openar.identity.app;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.identity.Approvals;
import org.openar.identity.IdentityError;
import org.openar.identity.UserView;
import org.openar.identity.persistence.UserRepository;
import org.openar.identity.persistence.UserRepository.UserRow;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users do to their own account: see it, choose their language, change their password. */
@Service
public class MeService {

  private final UserRepository users;
  private final UserService userService;
  private final LoginService logins;
  private final AccessRules rules;
  private final Approvals approvals;
  private final AuditTrail audit;
  private final Clock clock;

  public MeService(UserRepository users, UserService userService, LoginService logins, AccessRules rules,
      Approvals approvals, AuditTrail audit, Clock clock) {
    this.users = users;
    this.userService = userService;
    this.logins = logins;
    this.rules = rules;
    this.approvals = approvals;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The signed-in user as the web app needs it.
   *
   * @param access names of the {@code Access} rules the user satisfies ({@code MASTER_DATA}, {@code DECIDE_APPROVAL})
   * @param pendingApprovals how many approvals wait for this user's decision (the inbox badge)
   */
  public record MeView(UUID id, String username, String displayName, String email, Set<Role> roles, String language,
      List<String> access, long pendingApprovals) {}

  @Transactional(readOnly = true)
  public MeView me(UUID userId, Authentication auth) {
    UserView u = row(userId).view();
    return new MeView(u.id(), u.username(), u.displayName(), u.email(), UserService.sortedRoles(u.roles()),
        u.language(), rules.satisfiedBy(auth), approvals.countPendingForMe());
  }

  @Transactional
  public UserView setLanguage(UUID userId, String language) {
    UserService.checkLanguage(language);
    UserView before = row(userId).view();
    UserView after = new UserView(before.id(), before.username(), before.displayName(), before.email(), before.roles(),
        language, before.enabled());
    if (!before.language().equals(language)) {
      users.update(after, clock.instant());
      audit.record("identity.user", userId.toString(), "language-changed", before, after);
    }
    return after;
  }

  /**
   * Checks the current password (throttled like sign-in), then sets the new one; returns the new credentials version so
   * the caller's own session can stay signed in while every other session of the user ends.
   */
  public int changePassword(UUID userId, String currentPassword, String newPassword) {
    UserRow user = row(userId);
    UserService.checkPassword(newPassword, "newPassword"); // before the check, so a weak choice costs no attempt
    if (newPassword.equals(currentPassword)) {
      throw new OpenArException(IdentityError.IDENTITY_PASSWORD_UNCHANGED).onField("newPassword");
    }
    logins.confirmPassword(user, currentPassword);
    return userService.setPassword(userId, newPassword, "password-changed");
  }

  private UserRow row(UUID userId) {
    return users.findById(userId)
        .orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_USER_NOT_FOUND, userId));
  }
}
