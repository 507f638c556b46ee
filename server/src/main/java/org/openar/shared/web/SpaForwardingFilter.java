package org.openar.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web app routes in the browser ({@code /admin/audit}, {@code /customers/42}): a GET for such a path, typed in or
 * reloaded, gets {@code index.html} and the app shows the page. API, actuator, OpenAPI and Swagger UI paths, and
 * anything that looks like a file (has an extension), are left alone, so unknown API paths still answer 404
 * problem+json. Nothing is forwarded when the jar was built without the web app ({@code -Dopenar.web.skip=true}).
 */
@Component
public class SpaForwardingFilter extends OncePerRequestFilter {

  static final String INDEX = "/index.html";
  private static final List<String> SERVER_PREFIXES = List.of("/api", "/actuator", "/v3", "/swagger-ui", "/error");

  private final boolean webAppPresent;

  public SpaForwardingFilter() {
    this(new ClassPathResource("static" + INDEX).exists());
  }

  SpaForwardingFilter(boolean webAppPresent) {
    this.webAppPresent = webAppPresent;
  }

  /** Whether a request is for a page of the web app rather than for the server or a file. */
  static boolean isClientRoute(String method, String path) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    for (String prefix : SERVER_PREFIXES) {
      if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")) {
        return false;
      }
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (webAppPresent && isClientRoute(req.getMethod(), path)) {
      req.getRequestDispatcher(INDEX).forward(req, res);
      return;
    }
    chain.doFilter(req, res);
  }
}
