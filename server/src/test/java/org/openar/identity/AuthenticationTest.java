package org.openar.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@OpenArIntegrationTest
class AuthenticationTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;

  @Test
  void theFirstStartCreatedAdminWithTheConfiguredPassword() throws Exception {
    MvcResult csrf = mvc.perform(get("/api/v1/auth/csrf")).andExpect(status().isOk()).andReturn();
    Cookie xsrf = csrf.getResponse().getCookie("XSRF-TOKEN");
    MvcResult login = mvc.perform(post("/api/v1/auth/login").cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue())
            .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"admin\",\"password\":\"Admin-Passw0rd\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("admin"))
        .andExpect(jsonPath("$.roles[0]").value("ADMIN"))
        .andReturn();
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
    mvc.perform(get("/api/v1/auth/me").session(session)).andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("admin"));
  }

  @Test
  void aWrongPasswordIsA401ProblemInTheCallersLanguage() throws Exception {
    MvcResult csrf = mvc.perform(get("/api/v1/auth/csrf")).andReturn();
    Cookie xsrf = csrf.getResponse().getCookie("XSRF-TOKEN");
    mvc.perform(post("/api/v1/auth/login").cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue())
            .header("Accept-Language", "zh-CN")
            .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"admin\",\"password\":\"wrong-password-1\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("IDENTITY_BAD_CREDENTIALS"))
        .andExpect(jsonPath("$.title").value("登录失败"));
  }

  @Test
  void aSessionPostWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"admin\",\"password\":\"Admin-Passw0rd\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("IDENTITY_CSRF_REJECTED"));
  }

  @Test
  void aBearerTokenAuthenticatesWithoutSessionOrCsrf() throws Exception {
    String bearer = Api.bearer(users, "clerk1", Role.AR_CLERK);
    mvc.perform(get("/api/v1/auth/me").header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("AR_CLERK"))
        .andExpect(header().doesNotExist("Set-Cookie"));
    mvc.perform(post("/api/v1/auth/logout").header("Authorization", bearer)).andExpect(status().isOk());
  }

  @Test
  void anUnknownTokenIsA401NotAnonymous() throws Exception {
    mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer oar_nope"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("IDENTITY_INVALID_TOKEN"))
        .andExpect(jsonPath("$.type", startsWith("https://openar.org/problems/")));
  }

  @Test
  void theApiNeedsSignIn() throws Exception {
    mvc.perform(get("/api/v1/auth/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
        .andExpect(jsonPath("$.detail", containsString("sign in")));
  }

  @Test
  void anAuditorCannotReadWhatIsNotForIt() throws Exception {
    String sales = Api.bearer(users, "rep1", Role.SALES_REP);
    mvc.perform(get("/api/v1/audit/verify").header("Authorization", sales))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    String auditor = Api.bearer(users, "auditor1", Role.AUDITOR);
    mvc.perform(get("/api/v1/audit/verify").header("Authorization", auditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ok").value(true));
  }
}
