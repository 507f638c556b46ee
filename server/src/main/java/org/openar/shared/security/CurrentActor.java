package org.openar.shared.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting user from the security context; outside a request (jobs, CLI) the actor is {@link Actor#SYSTEM}. */
public final class CurrentActor {

  private CurrentActor() {}

  public static Actor get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return Actor.SYSTEM;
    }
    if ("anonymousUser".equals(auth.getPrincipal())) {
      return Actor.SYSTEM;
    }
    if (auth.getPrincipal() instanceof ActorPrincipal p) {
      return p.actor();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority a : auth.getAuthorities()) {
      String name = a.getAuthority();
      if (name != null && name.startsWith("ROLE_")) {
        try {
          roles.add(Role.valueOf(name.substring(5)));
        } catch (IllegalArgumentException ignored) {
          // not an OpenAR role
        }
      }
    }
    return new Actor(UUID.nameUUIDFromBytes(auth.getName().getBytes()), auth.getName(), roles);
  }

  /** Implemented by the identity module's principal so the actor carries the real user id. */
  public interface ActorPrincipal {
    Actor actor();
  }
}
