package org.openar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.openar.test.TestApprovalTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The signed-in user's own account: what /me says, password change, sign-in throttling, sessions that end. */
@OpenArIntegrationTest
class AccountTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Approvals approvals;

  UserView user(String prefix, String language, Role... roles) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    return users.create(new Users.NewUser(name, "Zhang " + prefix, null, Api.PASSWORD, java.util.Set.of(roles), language));
  }

  ResultActions login(String username, String password) throws Exception {
    Cookie xsrf = Api.csrf(mvc);
    return mvc.perform(post("/api/v1/auth/login").cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue())
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }

  @Test
  void meTellsTheWebAppNameRolesLanguageRulesAndInbox() throws Exception {
    UserView checker = user("ctl", "zh-CN", Role.CONTROLLER);
    Api.Session session = Api.login(mvc, checker.username(), Api.PASSWORD);
    long before = Long.parseLong(mvc.perform(get("/api/v1/auth/me").with(session)).andReturn().getResponse()
        .getContentAsString().replaceAll(".*\"pendingApprovals\":(\\d+).*", "$1"));
    UserView clerk = user("clerk", "en", Role.AR_CLERK);
    new ApprovalFixtures(users).as(clerk, () -> approvals.request(new ApprovalRequest(TestApprovalTypes.FEE_WAIVER,
        "customers.customer", UUID.randomUUID().toString(), "Waive fee", null, null)));
    mvc.perform(get("/api/v1/auth/me").with(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.displayName").value("Zhang ctl"))
        .andExpect(jsonPath("$.language").value("zh-CN"))
        .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("CONTROLLER")))
        .andExpect(jsonPath("$.access", hasItems("READ", "CONTROL", "DECIDE_APPROVAL", "READ_ALL", "AUDIT")))
        .andExpect(jsonPath("$.access", not(hasItems("ADMIN"))))
        .andExpect(jsonPath("$.pendingApprovals").value(before + 1));
  }

  @Test
  void aPasswordChangeNeedsTheCurrentPasswordAndEndsOtherSessions() throws Exception {
    UserView u = user("pw", "en", Role.COLLECTOR);
    Api.Session here = Api.login(mvc, u.username(), Api.PASSWORD);
    Api.Session elsewhere = Api.login(mvc, u.username(), Api.PASSWORD);
    String token = "Bearer " + users.createToken(u.username(), "script", null);
    change(here, "wrong-Passw0rd", "New-Passw0rd-22").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("IDENTITY_WRONG_CURRENT_PASSWORD"))
        .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
    change(here, Api.PASSWORD, "short1").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
    change(here, Api.PASSWORD, Api.PASSWORD).andExpect(jsonPath("$.code").value("IDENTITY_PASSWORD_UNCHANGED"));
    change(here, Api.PASSWORD, "New-Passw0rd-22").andExpect(status().isOk());

    mvc.perform(get("/api/v1/auth/me").with(here)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/auth/me").with(elsewhere)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/auth/me").header("Authorization", token)).andExpect(status().isOk());
    login(u.username(), Api.PASSWORD).andExpect(status().isUnauthorized());
    login(u.username(), "New-Passw0rd-22").andExpect(status().isOk());
  }

  ResultActions change(Api.Session s, String current, String next) throws Exception {
    return mvc.perform(post("/api/v1/auth/me/password").with(s).contentType(MediaType.APPLICATION_JSON)
        .content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"));
  }

  @Test
  void fiveFailedSignInsLockTheUsernameEvenForTheRightPassword() throws Exception {
    UserView u = user("locked", "en", Role.AR_CLERK);
    for (int i = 0; i < 5; i++) {
      login(u.username(), "Wrong-Passw0rd-" + i).andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.code").value("IDENTITY_BAD_CREDENTIALS"));
    }
    login(u.username().toUpperCase(), Api.PASSWORD)
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.code").value("IDENTITY_LOGIN_THROTTLED"))
        .andExpect(jsonPath("$.detail", containsString("15 minute")))
        .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("(8[0-9]{2}|900)")));
  }

  @Test
  void unknownUsernamesAreThrottledTheSameWaySoNothingIsRevealed() throws Exception {
    String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
    UserView real = user("real", "en", Role.AR_CLERK);
    for (int i = 0; i < 5; i++) {
      String ghostBody = login(ghost, "Wrong-Passw0rd-1").andExpect(status().isUnauthorized())
          .andReturn().getResponse().getContentAsString();
      String realBody = login(real.username(), "Wrong-Passw0rd-1").andExpect(status().isUnauthorized())
          .andReturn().getResponse().getContentAsString();
      assertThat(ghostBody).isEqualTo(realBody);
    }
    String ghostLocked = login(ghost, "Wrong-Passw0rd-1").andExpect(status().isTooManyRequests())
        .andReturn().getResponse().getContentAsString();
    String realLocked = login(real.username(), Api.PASSWORD).andExpect(status().isTooManyRequests())
        .andReturn().getResponse().getContentAsString();
    assertThat(ghostLocked).isEqualTo(realLocked);
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
    UserView u = user("forgetful", "en", Role.AR_CLERK);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 4; i++) {
        login(u.username(), "Wrong-Passw0rd-1").andExpect(status().isUnauthorized());
      }
      login(u.username(), Api.PASSWORD).andExpect(status().isOk())
          .andExpect(jsonPath("$.username").value(u.username()));
    }
  }

  @Test
  void sessionsFollowRoleChangesAndEndWhenTheUserIsDisabled() throws Exception {
    UserView u = user("mover", "en", Role.AUDITOR);
    Api.Session session = Api.login(mvc, u.username(), Api.PASSWORD);
    String token = "Bearer " + users.createToken(u.username(), "t", null);
    String admin = Api.bearer(users, "account-admin", Role.ADMIN);
    mvc.perform(get("/api/v1/users").with(session)).andExpect(status().isForbidden());
    update(admin, u, "[\"AUDITOR\",\"ADMIN\"]", true).andExpect(status().isOk());
    mvc.perform(get("/api/v1/users").with(session)).andExpect(status().isOk());
    update(admin, u, "[\"AUDITOR\"]", false).andExpect(status().isOk());
    mvc.perform(get("/api/v1/auth/me").with(session)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/auth/me").header("Authorization", token)).andExpect(status().isUnauthorized());
    login(u.username(), Api.PASSWORD).andExpect(status().isUnauthorized());
  }

  ResultActions update(String admin, UserView u, String roles, boolean enabled) throws Exception {
    return mvc.perform(put("/api/v1/users/{id}", u.id()).header("Authorization", admin)
        .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"" + u.displayName() + "\",\"roles\":" + roles
            + ",\"language\":\"en\",\"enabled\":" + enabled + "}"));
  }

  @Test
  void aRoleWithoutAccessGets403BeforeItsRequestIsEvenRead() throws Exception {
    String clerk = Api.bearer(users, "early-clerk", Role.AR_CLERK);
    mvc.perform(post("/api/v1/users").header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\": "))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
    mvc.perform(get("/api/v1/users/not-a-uuid").header("Authorization", clerk))
        .andExpect(status().isForbidden());
  }

  @Test
  void bearerClientsNeedNoCsrfToken() throws Exception {
    mvc.perform(get("/api/v1/auth/csrf").header("Authorization", Api.bearer(users, "csrf-bearer", Role.AR_CLERK)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.token").doesNotExist());
  }
}
