package org.openar.identity.app;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.openar.identity.persistence.UserRepository.UserRow;
import org.openar.shared.security.Role;

/** A user as administrators see it: the profile plus when it was created, changed and last signed in. */
public record UserAccount(UUID id, String username, String displayName, String email, Set<Role> roles,
    String language, boolean enabled, Instant createdAt, Instant updatedAt, Instant lastLoginAt) {

  static UserAccount of(UserRow r) {
    return new UserAccount(r.view().id(), r.view().username(), r.view().displayName(), r.view().email(),
        UserService.sortedRoles(r.view().roles()), r.view().language(), r.view().enabled(), r.createdAt(),
        r.updatedAt(), r.lastLoginAt());
  }
}
