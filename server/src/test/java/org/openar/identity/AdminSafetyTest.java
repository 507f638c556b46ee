package org.openar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openar.identity.app.UserAdminService;
import org.openar.identity.app.UserAdminService.UserUpdate;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The system always keeps an enabled administrator. Its own database (other classes add admins), so "the last admin"
 * is something this class controls: only the bootstrap {@code admin} and the admins made here exist.
 */
@OpenArIntegrationTest
@TestPropertySource(properties = "openar.test.database=admin-safety")
class AdminSafetyTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired UserAdminService admin;

  UserView bootstrapAdmin() {
    return users.findByUsername("admin").orElseThrow();
  }

  ResultActions update(String bearer, UserView u, String roles, boolean enabled) throws Exception {
    return mvc.perform(put("/api/v1/users/{id}", u.id()).header("Authorization", bearer)
        .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"" + u.displayName() + "\",\"roles\":" + roles
            + ",\"language\":\"en\",\"enabled\":" + enabled + "}"));
  }

  @Test
  void anAdminCannotDemoteOrDisableItself() throws Exception {
    UserView me = bootstrapAdmin();
    String token = "Bearer " + users.createToken("admin", "t", null);
    update(token, me, "[\"AUDITOR\"]", true).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("IDENTITY_SELF_LOCKOUT")).andExpect(jsonPath("$.errors[0].field").value("roles"));
    update(token, me, "[\"ADMIN\"]", false).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("IDENTITY_SELF_LOCKOUT")).andExpect(jsonPath("$.errors[0].field").value("enabled"));
    update(token, me, "[\"ADMIN\",\"AUDITOR\"]", true).andExpect(status().isOk());
    assertThat(users.find(me.id()).orElseThrow().roles()).contains(Role.ADMIN, Role.AUDITOR);
    assertThat(users.find(me.id()).orElseThrow().enabled()).isTrue();
  }

  @Test
  void theLastEnabledAdminStaysEvenWhenTwoAdminsDemoteEachOtherAtOnce() throws Exception {
    UserView first = bootstrapAdmin();
    UserView second = users.create(new Users.NewUser("second-admin", "Second", null, Api.PASSWORD, Set.of(Role.ADMIN), "en"));
    ApprovalFixtures fx = new ApprovalFixtures(users);
    List<UserView> others = users.withRole(Role.ADMIN).stream()
        .filter(u -> !u.id().equals(first.id()) && !u.id().equals(second.id())).toList();
    others.forEach(o -> admin.update(o.id(), new UserUpdate(o.displayName(), o.email(), o.roles(), o.language(), false)));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier start = new CyclicBarrier(2);
      Future<String> a = pool.submit(demote(fx, first, second, start));
      Future<String> b = pool.submit(demote(fx, second, first, start));
      assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("ok", "IDENTITY_LAST_ADMIN");
      assertThat(users.withRole(Role.ADMIN)).hasSize(1);

      UserView survivor = users.withRole(Role.ADMIN).get(0);
      // the system actor (CLI, jobs) is held to the same rule
      List<String> outcome = new ArrayList<>();
      try {
        admin.update(survivor.id(), new UserUpdate(survivor.displayName(), null, Set.of(Role.AUDITOR), "en", true));
      } catch (OpenArException e) {
        outcome.add(e.errorCode().code());
      }
      assertThat(outcome).containsExactly("IDENTITY_LAST_ADMIN");
    } finally {
      pool.shutdownNow();
      for (UserView u : List.of(first, second)) {
        admin.update(u.id(), new UserUpdate(u.displayName(), u.email(), Set.of(Role.ADMIN), u.language(), true));
      }
    }
  }

  private Callable<String> demote(ApprovalFixtures fx, UserView actor, UserView target, CyclicBarrier start) {
    return () -> fx.as(actor, () -> {
      try {
        start.await();
        admin.update(target.id(), new UserUpdate(target.displayName(), target.email(), Set.of(Role.AUDITOR),
            target.language(), true));
        return "ok";
      } catch (OpenArException e) {
        return e.errorCode().code();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
