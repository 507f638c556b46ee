package org.openar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.audit.AuditTrail.AuditQuery;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** User administration over REST: accounts, validation that writes nothing, passwords, API tokens. */
@OpenArIntegrationTest
class UserAdminTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  String admin;

  @BeforeEach
  void admin() {
    admin = Api.bearer(users, "users-admin", Role.ADMIN);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  ResultActions create(String body) throws Exception {
    return mvc.perform(post("/api/v1/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }

  String userJson(String username, String extra) {
    return "{\"username\":\"" + username + "\",\"displayName\":\"李 明\",\"email\":\"li.ming@example.cn\","
        + "\"password\":\"Str0ng-enough\",\"roles\":[\"COLLECTOR\",\"AR_CLERK\"],\"language\":\"zh-CN\"" + extra + "}";
  }

  long userRows() {
    return jdbc.sql("select count(*) from identity_user").query(Long.class).single();
  }

  @Test
  void anAdminCreatesFindsAndUpdatesUsers() throws Exception {
    String name = unique("li.ming");
    String id = com.jayway.jsonpath.JsonPath.read(create(userJson(name, ""))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/users/")))
        .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("AR_CLERK", "COLLECTOR")))
        .andExpect(jsonPath("$.language").value("zh-CN"))
        .andExpect(jsonPath("$.enabled").value(true))
        .andExpect(jsonPath("$.password").doesNotExist())
        .andReturn().getResponse().getContentAsString(), "$.id");

    mvc.perform(get("/api/v1/users?q=" + name.toUpperCase() + "&role=COLLECTOR&enabled=true").header("Authorization", admin))
        .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
    mvc.perform(get("/api/v1/users?q=%25&size=1&sort=-createdAt").header("Authorization", admin))
        .andExpect(jsonPath("$.items.length()").value(0));
    mvc.perform(get("/api/v1/users?size=1").header("Authorization", admin))
        .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.size").value(1));

    mvc.perform(put("/api/v1/users/{id}", id).header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
            .content("{\"displayName\":\"Li Ming\",\"email\":\"\",\"roles\":[\"CREDIT_MANAGER\"],\"language\":\"en\","
                + "\"enabled\":false}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.displayName").value("Li Ming")).andExpect(jsonPath("$.email").doesNotExist())
        .andExpect(jsonPath("$.roles[0]").value("CREDIT_MANAGER")).andExpect(jsonPath("$.enabled").value(false));
    assertThat(audit.search(new AuditQuery("identity.user", id, null, null, null, 0, 10)))
        .extracting(AuditTrail.AuditEntryView::action).containsExactly("updated", "created");
  }

  @Test
  void badInputIsRefusedAndWritesNothing() throws Exception {
    String taken = unique("taken");
    create(userJson(taken, "")).andExpect(status().isCreated());
    long before = userRows();
    create(userJson(taken.toUpperCase(), "")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("IDENTITY_USERNAME_TAKEN"));
    create(userJson("x", "")).andExpect(jsonPath("$.code").value("IDENTITY_INVALID_USERNAME"));
    create(userJson(unique("u"), "").replace("li.ming@example.cn", "not-an-email"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("IDENTITY_INVALID_EMAIL"));
    create(userJson(unique("u"), "").replace("Str0ng-enough", "weak"))
        .andExpect(jsonPath("$.code").value("IDENTITY_WEAK_PASSWORD"));
    create(userJson(unique("u"), "").replace("Str0ng-enough", "Str0ng-" + "x".repeat(80)))
        .andExpect(jsonPath("$.code").value("IDENTITY_PASSWORD_TOO_LONG"));
    create(userJson(unique("u"), "").replace("\"COLLECTOR\"", "\"GOD\""))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
    create(userJson(unique("u"), "").replace("[\"COLLECTOR\",\"AR_CLERK\"]", "[]"))
        .andExpect(jsonPath("$.errors[0].field").value("roles"));
    create(userJson(unique("u"), "").replace("zh-CN", "fr"))
        .andExpect(jsonPath("$.code").value("IDENTITY_UNSUPPORTED_LANGUAGE"));
    create(userJson(unique("u"), ",\"superuser\":true")).andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"));
    assertThat(userRows()).isEqualTo(before);
    mvc.perform(put("/api/v1/users/{id}", UUID.randomUUID()).header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"displayName\":\"x\",\"roles\":[\"AUDITOR\"],\"language\":\"en\",\"enabled\":true}"))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("IDENTITY_USER_NOT_FOUND"));
  }

  @Test
  void anAdminResetsAPasswordWhichEndsSessionsAndLiftsThrottling() throws Exception {
    UserView u = users.create(new Users.NewUser(unique("forgot"), null, null, Api.PASSWORD, java.util.Set.of(Role.AR_CLERK), "en"));
    Api.Session session = Api.login(mvc, u.username(), Api.PASSWORD);
    jakarta.servlet.http.Cookie xsrf = Api.csrf(mvc);
    for (int i = 0; i < 6; i++) {
      mvc.perform(post("/api/v1/auth/login").cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue())
          .contentType(MediaType.APPLICATION_JSON)
          .content("{\"username\":\"" + u.username() + "\",\"password\":\"Wrong-Passw0rd\"}"))
          .andExpect(status().is(i < 5 ? 401 : 429));
    }
    reset(u.id(), "weak").andExpect(status().isBadRequest());
    reset(u.id(), "Fresh-Passw0rd-9").andExpect(status().isOk());
    mvc.perform(get("/api/v1/auth/me").with(session)).andExpect(status().isUnauthorized());
    Api.login(mvc, u.username(), "Fresh-Passw0rd-9");
    assertThat(audit.search(new AuditQuery("identity.user", u.id().toString(), null, null, null, 0, 10)).get(0).after())
        .contains("credentialsVersion").doesNotContain("Fresh");
    reset(UUID.randomUUID(), "Fresh-Passw0rd-9").andExpect(status().isNotFound());
  }

  ResultActions reset(UUID id, String password) throws Exception {
    return mvc.perform(post("/api/v1/users/{id}/password", id).header("Authorization", admin)
        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"" + password + "\"}"));
  }

  @Test
  void anAdminListsCreatesAndRevokesAUsersApiTokens() throws Exception {
    UserView u = users.create(new Users.NewUser(unique("robot"), null, null, Api.PASSWORD, java.util.Set.of(Role.AR_CLERK), "en"));
    String body = mvc.perform(post("/api/v1/users/{id}/tokens", u.id()).header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"erp-sync\",\"validDays\":30}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.token.active").value(true))
        .andReturn().getResponse().getContentAsString();
    String secret = com.jayway.jsonpath.JsonPath.read(body, "$.secret");
    String tokenId = com.jayway.jsonpath.JsonPath.read(body, "$.token.id");
    mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/users/{id}/tokens", u.id()).header("Authorization", admin))
        .andExpect(jsonPath("$[0].name").value("erp-sync")).andExpect(jsonPath("$[0].lastUsedAt").exists())
        .andExpect(jsonPath("$[0].secret").doesNotExist()).andExpect(jsonPath("$[0].tokenHash").doesNotExist());

    mvc.perform(delete("/api/v1/users/{id}/tokens/{t}", u.id(), tokenId).header("Authorization", admin))
        .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
    mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    mvc.perform(delete("/api/v1/users/{id}/tokens/{t}", u.id(), tokenId).header("Authorization", admin))
        .andExpect(status().isOk());
    assertThat(audit.search(new AuditQuery("identity.token", tokenId, null, null, null, 0, 10)))
        .extracting(AuditTrail.AuditEntryView::action).containsExactly("revoked", "created");
    mvc.perform(delete("/api/v1/users/{id}/tokens/{t}", UUID.randomUUID(), tokenId).header("Authorization", admin))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/users/{id}/tokens", u.id()).header("Authorization", admin)
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"validDays\":0}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("IDENTITY_INVALID_TOKEN_REQUEST"));
  }

  @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

  @Test
  void createAllWritesEveryUserWithItsOwnHashAndAuditOrNothingAtAll() {
    String a = unique("bulk.a");
    String b = unique("bulk.b");
    java.util.List<UserView> made = users.createAll(java.util.List.of(
        new Users.NewUser(a, "甲", null, "Str0ng-enough-a", java.util.Set.of(Role.COLLECTOR), "zh-CN"),
        new Users.NewUser(b, null, "b@example.com", "Str0ng-enough-b", java.util.Set.of(Role.AUDITOR), null)));
    assertThat(made).extracting(UserView::username).containsExactly(a, b);
    assertThat(made.get(1).displayName()).isEqualTo(b);
    assertThat(made.get(1).language()).isEqualTo("en");
    String hashA = jdbc.sql("select password_hash from identity_user where id = :id").param("id", made.get(0).id())
        .query(String.class).single();
    String hashB = jdbc.sql("select password_hash from identity_user where id = :id").param("id", made.get(1).id())
        .query(String.class).single();
    assertThat(encoder.matches("Str0ng-enough-a", hashA)).isTrue();
    assertThat(encoder.matches("Str0ng-enough-b", hashA)).isFalse();
    assertThat(encoder.matches("Str0ng-enough-b", hashB)).isTrue();
    for (UserView u : made) {
      assertThat(audit.search(new AuditQuery("identity.user", u.id().toString(), null, null, null, 0, 10)))
          .extracting(AuditTrail.AuditEntryView::action).containsExactly("created");
    }

    long before = userRows();
    String c = unique("bulk.c");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.createAll(java.util.List.of(
            new Users.NewUser(c, null, null, "Str0ng-enough-c", java.util.Set.of(Role.COLLECTOR), null),
            new Users.NewUser(c.toUpperCase(), null, null, "Str0ng-enough-d", java.util.Set.of(Role.COLLECTOR), null))))
        .isInstanceOfSatisfying(org.openar.shared.error.OpenArException.class,
            e -> assertThat(e.errorCode().code()).isEqualTo("IDENTITY_USERNAME_TAKEN"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.createAll(java.util.List.of(
            new Users.NewUser(c, null, null, "Str0ng-enough-c", java.util.Set.of(Role.COLLECTOR), null),
            new Users.NewUser(a, null, null, "Str0ng-enough-d", java.util.Set.of(Role.COLLECTOR), null))))
        .isInstanceOfSatisfying(org.openar.shared.error.OpenArException.class,
            e -> assertThat(e.errorCode().code()).isEqualTo("IDENTITY_USERNAME_TAKEN"));
    assertThat(userRows()).isEqualTo(before);
  }
}
