package org.openar.identity.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.openar.identity.persistence.UserRepository;
import org.openar.identity.persistence.UserRepository.UserRow;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers who signed in, not what that user may do now: every request re-reads the user, so disabling a
 * user or changing its password ends its sessions at once, and role changes apply to the next request.
 */
public class SessionUserFilter extends OncePerRequestFilter {

  private final UserRepository users;

  public SessionUserFilter(UserRepository users) {
    this.users = users;
  }

  /** Static files of the web app need no fresh user; the API and actuator do. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") && !path.startsWith("/actuator");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof OpenArPrincipal signedIn)) {
      chain.doFilter(req, res);
      return;
    }
    Optional<UserRow> row = users.findById(signedIn.user().id());
    if (row.isEmpty() || !row.get().view().enabled()
        || row.get().credentialsVersion() != signedIn.credentialsVersion()) {
      HttpSession session = req.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      chain.doFilter(req, res);
      return;
    }
    OpenArPrincipal current = new OpenArPrincipal(row.get().view(), "", row.get().credentialsVersion());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
    SecurityContextHolder.setContext(context); // for this request only; the session keeps what sign-in stored
    chain.doFilter(req, res);
  }
}
