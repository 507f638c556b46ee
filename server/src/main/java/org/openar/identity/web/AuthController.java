package org.openar.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.openar.identity.IdentityError;
import org.openar.identity.UserView;
import org.openar.identity.app.OpenArPrincipal;
import org.openar.identity.app.UserService;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.Access;
import org.openar.shared.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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

/** Session sign-in for the web app. API clients use bearer tokens instead. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Session login for the web app, current user")
public class AuthController {

  private final AuthenticationManager authentication;
  private final SecurityContextRepository contexts;
  private final UserService users;
  private final MeService me;

  public AuthController(AuthenticationManager authentication, SecurityContextRepository contexts, UserService users,
      MeService me) {
    this.authentication = authentication;
    this.contexts = contexts;
    this.users = users;
    this.me = me;
  }

  public record LoginRequest(@NotBlank String username, @NotBlank String password) {}

  public record LanguageRequest(@NotBlank String language) {}

  @GetMapping("/csrf")
  @Operation(summary = "Get the CSRF token (also set as the XSRF-TOKEN cookie); send it back as X-XSRF-TOKEN")
  public Map<String, String> csrf(CsrfToken token) {
    return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
  }

  @PostMapping("/login")
  @Operation(summary = "Sign in with username and password; starts a session")
  public UserView login(@Valid @RequestBody LoginRequest body, HttpServletRequest req, HttpServletResponse res) {
    Authentication auth;
    try {
      auth = authentication.authenticate(
          UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password()));
    } catch (AuthenticationException e) {
      throw new OpenArException(IdentityError.IDENTITY_BAD_CREDENTIALS);
    }
    OpenArPrincipal principal = ((OpenArPrincipal) auth.getPrincipal()).withoutPassword();
    HttpSession old = req.getSession(false);
    if (old != null) {
      old.invalidate(); // no session fixation: a fresh session id after sign-in
    }
    req.getSession(true);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, req, res);
    return principal.user();
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
  @Operation(summary = "The signed-in user, with roles and preferred language")
  public UserView me() {
    return users.find(CurrentActor.get().userId())
        .orElseThrow(() -> new OpenArException(IdentityError.IDENTITY_USER_NOT_FOUND, CurrentActor.get().username()));
  }

  @PutMapping("/me/language")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Remember the signed-in user's language (en or zh-CN)")
  public UserView language(@Valid @RequestBody LanguageRequest body) {
    return me.setLanguage(CurrentActor.get().userId(), body.language());
  }
}
