package org.openar.identity.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.openar.identity.IdentityError;
import org.openar.identity.persistence.TokenRepository;
import org.openar.identity.persistence.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer oar_...}: looks the token's SHA-256 up and authenticates its user for this request only
 * (no session, so no CSRF exposure). A wrong, revoked or expired token is a 401, never a fallback to anonymous.
 */
public class TokenAuthenticationFilter extends OncePerRequestFilter {

  private final TokenRepository tokens;
  private final UserRepository users;
  private final Clock clock;
  private final ProblemResponses problems;

  public TokenAuthenticationFilter(TokenRepository tokens, UserRepository users, Clock clock, ProblemResponses problems) {
    this.tokens = tokens;
    this.users = users;
    this.clock = clock;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String header = req.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(req, res);
      return;
    }
    String token = header.substring(7).trim();
    String hash = hash(token);
    Optional<UUID> userId = tokens.userOf(hash, clock.instant());
    Optional<UserRepository.UserRow> user = userId.flatMap(users::findById).filter(u -> u.view().enabled());
    if (user.isEmpty()) {
      problems.write(req, res, IdentityError.IDENTITY_INVALID_TOKEN);
      return;
    }
    tokens.touch(hash, clock.instant());
    OpenArPrincipal principal = new OpenArPrincipal(user.get().view(), "", user.get().credentialsVersion());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(req, res);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
