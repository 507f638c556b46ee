package org.openar.identity.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.openar.shared.error.ErrorCode;
import org.openar.shared.web.Problem;
import org.openar.shared.web.ProblemFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json from servlet filters (401/403 happen before any controller advice can run). */
@Component
public class ProblemResponses {

  private final ProblemFactory factory;
  private final JsonMapper json;
  private final LocaleResolver locales;

  public ProblemResponses(ProblemFactory factory, JsonMapper json, LocaleResolver locales) {
    this.factory = factory;
    this.json = json;
    this.locales = locales;
  }

  public void write(HttpServletRequest req, HttpServletResponse res, ErrorCode code, Object... args) throws IOException {
    Locale locale = locales.resolveLocale(req);
    Problem p = factory.of(locale, code, req.getRequestURI(), args);
    res.setStatus(p.status());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(json.writeValueAsString(p));
  }
}
