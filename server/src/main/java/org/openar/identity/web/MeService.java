package org.openar.identity.web;

import java.time.Clock;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.identity.IdentityError;
import org.openar.identity.UserView;
import org.openar.identity.persistence.UserRepository;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MeService {

  private final UserRepository users;
  private final AuditTrail audit;
  private final Clock clock;

  MeService(UserRepository users, AuditTrail audit, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  UserView setLanguage(UUID userId, String language) {
    if (!"en".equals(language) && !"zh-CN".equals(language)) {
      throw new OpenArException(IdentityError.IDENTITY_UNSUPPORTED_LANGUAGE, language).onField("language");
    }
    UserView before = users.findById(userId).map(UserRepository.UserRow::view)
        .orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_USER_NOT_FOUND, userId));
    UserView after = new UserView(before.id(), before.username(), before.displayName(), before.email(), before.roles(),
        language, before.enabled());
    users.update(after, clock.instant());
    audit.record("identity.user", userId.toString(), "language-changed", before, after);
    return after;
  }
}
