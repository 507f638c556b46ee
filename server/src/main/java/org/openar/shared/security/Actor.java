package org.openar.shared.security;

import java.util.Set;
import java.util.UUID;

/** Who is acting: a signed-in user, an API token's user, or the system itself (scheduled jobs, CLI, imports). */
public record Actor(UUID userId, String username, Set<Role> roles) {

  public static final Actor SYSTEM = new Actor(new UUID(0, 0), "system", Set.of(Role.ADMIN));

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** A SALES_REP without any broader role sees only its own customers. */
  public boolean restrictedToOwnCustomers() {
    return roles.contains(Role.SALES_REP)
        && roles.stream().allMatch(r -> r == Role.SALES_REP);
  }

  public boolean isSystem() {
    return this == SYSTEM || userId.equals(SYSTEM.userId);
  }
}
