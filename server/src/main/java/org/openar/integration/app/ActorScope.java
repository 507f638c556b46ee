package org.openar.integration.app;

import java.util.function.Supplier;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work on a worker thread as the user who started the import, so the customers and ledger modules apply that
 * user's rights (a clerk cannot set credit limits through an import either) and the audit trail names the user.
 */
final class ActorScope {

  private ActorScope() {}

  record ImportPrincipal(Actor actor) implements CurrentActor.ActorPrincipal {
    @Override
    public String toString() {
      return actor.username();
    }
  }

  static <T> T as(Actor actor, Supplier<T> work) {
    if (actor == null || actor.isSystem()) {
      return work.get();
    }
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext ctx = SecurityContextHolder.createEmptyContext();
    ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new ImportPrincipal(actor), null,
        actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
    SecurityContextHolder.setContext(ctx);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
