package org.openar.identity;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.openar.identity.app.OpenArPrincipal;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.TestApprovalTypes;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Users with unique names and facade calls made as one of them, for tests sharing one database. */
final class ApprovalFixtures {

  private final Users users;

  ApprovalFixtures(Users users) {
    this.users = users;
  }

  /** A new user with these roles; its name starts with {@code prefix}. */
  UserView user(String prefix, Role... roles) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    return users.create(new Users.NewUser(name, prefix, null, Api.PASSWORD, Set.of(roles), "en"));
  }

  String bearer(UserView user) {
    return "Bearer " + users.createToken(user.username(), "test", null);
  }

  <T> T as(UserView user, Supplier<T> action) {
    SecurityContext ctx = SecurityContextHolder.createEmptyContext();
    OpenArPrincipal p = new OpenArPrincipal(user, "", 0);
    ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(ctx);
    try {
      return action.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  static ApprovalRequest writeOff(String amount, String currency) {
    return new ApprovalRequest(TestApprovalTypes.WRITE_OFF, "ledger.item", UUID.randomUUID().toString(),
        "Write off the rest of INV-2026-000123", Money.of(amount, currency),
        java.util.Map.of("reason", "small balance", "lines", java.util.List.of(1, 2)));
  }
}
