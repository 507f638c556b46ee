package org.openar.demo.app;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.openar.demo.DemoData.DemoLogin;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.openar.shared.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * One demo user per role (four sales reps, who own the customers), each with a generated password that is returned
 * once to be printed and stored only as a hash. Users that exist already are left alone (no password then).
 */
@Component
class DemoUsers {

  record Spec(String username, String displayName, Role role, String language) {}

  static final List<Spec> SPECS = List.of(
      new Spec("demo.admin", "演示管理员", Role.ADMIN, "zh-CN"),
      new Spec("demo.clerk", "陈会计 (AR clerk)", Role.AR_CLERK, "zh-CN"),
      new Spec("demo.collector", "Lisa Collector", Role.COLLECTOR, "en"),
      new Spec("demo.credit", "王信用 (credit manager)", Role.CREDIT_MANAGER, "zh-CN"),
      new Spec("demo.controller", "Mark Controller", Role.CONTROLLER, "en"),
      new Spec("demo.sales1", "李销售", Role.SALES_REP, "zh-CN"),
      new Spec("demo.sales2", "张销售", Role.SALES_REP, "zh-CN"),
      new Spec("demo.sales3", "Tom Sales", Role.SALES_REP, "en"),
      new Spec("demo.sales4", "刘销售", Role.SALES_REP, "zh-CN"),
      new Spec("demo.auditor", "Audrey Auditor", Role.AUDITOR, "en"));

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Users users;

  DemoUsers(Users users) {
    this.users = users;
  }

  record Created(List<DemoLogin> logins, List<UUID> salesReps) {}

  static final String COLLECTOR = "demo.collector";

  UUID id(String username) {
    return users.findByUsername(username).orElseThrow().id();
  }

  Created create() {
    Map<String, UserView> existing = new HashMap<>();
    Map<String, String> passwords = new HashMap<>();
    List<Users.NewUser> missing = new ArrayList<>();
    for (Spec s : SPECS) {
      users.findByUsername(s.username()).ifPresentOrElse(u -> existing.put(s.username(), u), () -> {
        String password = password();
        passwords.put(s.username(), password);
        missing.add(new Users.NewUser(s.username(), s.displayName(), s.username() + "@demo.example.com", password,
            Set.of(s.role()), s.language()));
      });
    }
    // one call: the ten bcrypt hashes are the slow part of this step and are computed in parallel
    users.createAll(missing).forEach(u -> existing.put(u.username(), u));
    List<DemoLogin> logins = new ArrayList<>();
    List<UUID> reps = new ArrayList<>();
    for (Spec s : SPECS) {
      logins.add(new DemoLogin(s.username(), s.displayName(), s.role().name(), passwords.get(s.username())));
      if (s.role() == Role.SALES_REP) {
        reps.add(existing.get(s.username()).id());
      }
    }
    return new Created(logins, reps);
  }

  /** Runs {@code work} as that user, so the audit trail and the approvals inbox name a person, not the system. */
  <T> T as(String username, Supplier<T> work) {
    UserView user = users.findByUsername(username).orElseThrow();
    Actor actor = new Actor(user.id(), user.username(), Set.copyOf(user.roles()));
    CurrentActor.ActorPrincipal principal = () -> actor;
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
        actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  private static String password() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    // the policy wants a letter and a digit; guarantee both without weakening the rest
    return sb.append(RANDOM.nextInt(10)).append('x').toString();
  }
}
