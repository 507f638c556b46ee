package org.openar.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.openar.identity.UserView;
import org.openar.identity.app.LoginService;
import org.openar.identity.app.LoginThrottle.ThrottledException;
import org.openar.identity.app.MeService;
import org.openar.identity.app.MeService.MeView;
import org.openar.identity.app.OpenArPrincipal;
import org.openar.shared.security.Access;
import org.openar.shared.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Session sign-in for the web app and the signed-in user's own account. API clients use bearer tokens instead. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Session login for the web app, current user")
public class AuthController {

  private final LoginService logins;
  private final SecurityContextRepository contexts;
  private final MeService me;

  public AuthController(LoginService logins, SecurityContextRepository contexts, MeService me) {
    this.logins = logins;
    this.contexts = contexts;
    this.me = me;
  }

  public record LoginRequest(@NotBlank String username, @NotBlank String password) {}

  public record LanguageRequest(@NotBlank String language) {}

  public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {}

  @GetMapping("/csrf")
  @Operation(summary = "Get the CSRF token (also set as the XSRF-TOKEN cookie); send it back as X-XSRF-TOKEN")
  public Map<String, String> csrf(CsrfToken token) {
    if (token == null) {
      return Map.of(); // bearer-token clients are exempt from CSRF and get no token
    }
    return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
  }

  @PostMapping("/login")
  @Operation(summary = "Sign in with username and password; starts a session. After 5 failures for a username within"
      + " 15 minutes, sign-in for it is refused (429) for 15 minutes.")
  public MeView login(@Valid @RequestBody LoginRequest body, HttpServletRequest req, HttpServletResponse res) {
    OpenArPrincipal principal;
    try {
      principal = logins.signIn(body.username(), body.password());
    } catch (ThrottledException e) {
      res.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
      throw e;
    }
    HttpSession old = req.getSession(false);
    if (old != null) {
      old.invalidate(); // no session fixation: a fresh session id after sign-in
    }
    req.getSession(true);
    Authentication auth = signInSession(principal, req, res);
    return me.me(principal.user().id(), auth);
  }

  @PostMapping("/logout")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Sign out; ends the session")
  public Map<String, Boolean> logout(HttpServletRequest req) {
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    return Map.of("signedOut", true);
  }

  @GetMapping("/me")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The signed-in user: display name, roles, language, the Access rules it satisfies, and how"
      + " many approvals wait for its decision")
  public MeView me() {
    return me.me(CurrentActor.get().userId(), SecurityContextHolder.getContext().getAuthentication());
  }

  @PutMapping("/me/language")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Remember the signed-in user's language (en or zh-CN)")
  public UserView language(@Valid @RequestBody LanguageRequest body) {
    return me.setLanguage(CurrentActor.get().userId(), body.language());
  }

  @PostMapping("/me/password")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Change one's own password (needs the current one); ends the user's other sessions")
  public Map<String, Boolean> changePassword(@Valid @RequestBody PasswordChange body, HttpServletRequest req,
      HttpServletResponse res) {
    int version = me.changePassword(CurrentActor.get().userId(), body.currentPassword(), body.newPassword());
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (req.getSession(false) != null && auth != null && auth.getPrincipal() instanceof OpenArPrincipal p) {
      // this session carries on under the new password; every other one ends at its next request
      signInSession(new OpenArPrincipal(p.user(), "", version), req, res);
    }
    return Map.of("changed", true);
  }

  private Authentication signInSession(OpenArPrincipal principal, HttpServletRequest req, HttpServletResponse res) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    Authentication auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, req, res);
    return auth;
  }
}
