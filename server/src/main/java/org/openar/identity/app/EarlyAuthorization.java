package org.openar.identity.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize} before Spring MVC reads and validates its arguments. Method security alone
 * runs only when the method is called, after the body was parsed: a role without access would learn from a 400 what
 * the endpoint expects (and make the server parse its payload) before getting its 403. Expressions that refer to
 * arguments ({@code #id}) or beans ({@code @x}) are left to method security, which still runs for every call.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class EarlyAuthorization implements WebMvcConfigurer {

  private final AccessRules rules;

  public EarlyAuthorization(AccessRules rules) {
    this.rules = rules;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Interceptor(rules));
  }

  /** The {@code @PreAuthorize} expression that applies to a handler method (method first, then class), or null. */
  public static String expressionOf(HandlerMethod handler) {
    PreAuthorize pa = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
    if (pa == null) {
      pa = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
    return pa == null ? null : pa.value();
  }

  record Interceptor(AccessRules rules) implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
      if (!(handler instanceof HandlerMethod method)) {
        return true;
      }
      String expression = expressionOf(method);
      if (expression == null || expression.contains("#") || expression.contains("@")) {
        return true;
      }
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (rules.allows(expression, auth)) {
        return true;
      }
      if (auth == null || auth instanceof AnonymousAuthenticationToken) {
        throw new OpenArException(SharedError.UNAUTHENTICATED);
      }
      throw new AccessDeniedException("denied by " + expression);
    }
  }
}
