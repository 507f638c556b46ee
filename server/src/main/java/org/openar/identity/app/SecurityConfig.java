package org.openar.identity.app;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.openar.identity.IdentityError;
import org.openar.identity.persistence.TokenRepository;
import org.openar.identity.persistence.UserRepository;
import org.openar.shared.error.SharedError;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in, as two filter chains: API clients send {@code Authorization: Bearer <token>} and get a stateless chain
 * (no session, no CSRF, nothing remembered); the web app signs in with a session cookie, CSRF-protected with the
 * double-submit cookie SPAs need. What each role may do is declared with {@code @PreAuthorize} on every controller
 * method; here only "the API needs a signed-in user".
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {

  public static final String[] PUBLIC_API = {"/api/v1/auth/login", "/api/v1/auth/csrf", "/api/v1/portal/public/**"};

  private static final RequestMatcher BEARER = (HttpServletRequest r) -> {
    String h = r.getHeader("Authorization");
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
  };

  @Bean
  public SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  @Order(1)
  public SecurityFilterChain bearerChain(HttpSecurity http, TokenRepository tokens, UserRepository users, Clock clock,
      ProblemResponses problems) throws Exception {
    http.securityMatcher(BEARER)
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new TokenAuthenticationFilter(tokens, users, clock, problems), AnonymousAuthenticationFilter.class);
    return common(http, problems).build();
  }

  @Bean
  @Order(2)
  public SecurityFilterChain sessionChain(HttpSecurity http, ProblemResponses problems, SecurityContextRepository contexts,
      UserRepository users) throws Exception {
    http.csrf(c -> c.spa())
        .securityContext(c -> c.securityContextRepository(contexts))
        .addFilterBefore(new SessionUserFilter(users), AnonymousAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
    return common(http, problems).build();
  }

  private static HttpSecurity common(HttpSecurity http, ProblemResponses problems) throws Exception {
    return http
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(c -> c.disable()) // an API has no page to return to after sign-in; no session per anonymous 401
        .headers(h -> h.frameOptions(f -> f.deny()))
        .authorizeHttpRequests(a -> a
            .requestMatchers(PUBLIC_API).permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .requestMatchers("/actuator/**").hasRole("ADMIN")
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers("/api/**").authenticated()
            .anyRequest().permitAll())
        .exceptionHandling(e -> e
            .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, SharedError.UNAUTHENTICATED))
            .accessDeniedHandler((req, res, ex) -> problems.write(req, res,
                ex instanceof CsrfException ? IdentityError.IDENTITY_CSRF_REJECTED : SharedError.FORBIDDEN)));
  }
}
