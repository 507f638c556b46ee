package org.openar.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test helpers for calling the API as a given role through a real bearer token or a real session sign-in. */
public final class Api {

  public static final String PASSWORD = "Test-Passw0rd-1";

  private Api() {}

  /** Creates (once) a user with exactly these roles and returns a bearer header value for it. */
  public static String bearer(Users users, String username, Role... roles) {
    if (users.findByUsername(username).isEmpty()) {
      users.create(new Users.NewUser(username, username, username + "@example.com", PASSWORD, Set.of(roles), "en"));
    }
    return "Bearer " + users.createToken(username, "test", null);
  }

  /** A signed-in browser session: the session cookie plus the CSRF cookie and header a SPA sends. */
  public record Session(MockHttpSession session, Cookie xsrf) implements RequestPostProcessor {
    @Override
    public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
        org.springframework.mock.web.MockHttpServletRequest request) {
      request.setSession(session);
      request.setCookies(xsrf);
      request.addHeader("X-XSRF-TOKEN", xsrf.getValue());
      return request;
    }
  }

  /** The CSRF cookie an anonymous browser gets before signing in. */
  public static Cookie csrf(MockMvc mvc) throws Exception {
    return mvc.perform(get("/api/v1/auth/csrf")).andReturn().getResponse().getCookie("XSRF-TOKEN");
  }

  /** Signs in through {@code /api/v1/auth/login} and returns the session. */
  public static Session login(MockMvc mvc, String username, String password) throws Exception {
    Cookie xsrf = csrf(mvc);
    MvcResult r = mvc.perform(post("/api/v1/auth/login").cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
        .andExpect(status().isOk()).andReturn();
    return new Session((MockHttpSession) r.getRequest().getSession(false), xsrf);
  }
}
