package org.openar.identity.app;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openar.shared.security.Access;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;

/**
 * The named rules of {@link Access} and their evaluation for an authentication, outside any method call: the web app
 * learns from {@code /auth/me} which rules its user satisfies (to show only buttons that will work), and the security
 * matrix is computed from the same evaluation that {@code @PreAuthorize} performs.
 */
@Component
public class AccessRules {

  private static final Method ANY_METHOD;

  static {
    try {
      ANY_METHOD = Object.class.getMethod("toString");
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private final DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
  private final Map<String, Expression> parsed = new ConcurrentHashMap<>();
  private final Map<String, String> byName = Collections.unmodifiableMap(readAccessConstants());

  /** Rule name ({@code MASTER_DATA}) to expression, in declaration order. */
  public Map<String, String> named() {
    return byName;
  }

  /** The rule name of an expression, if it is one of {@link Access}'s constants. */
  public Optional<String> nameOf(String expression) {
    return byName.entrySet().stream().filter(e -> e.getValue().equals(expression)).map(Map.Entry::getKey).findFirst();
  }

  /** Whether {@code auth} satisfies a {@code @PreAuthorize} expression that does not refer to method arguments. */
  public boolean allows(String expression, Authentication auth) {
    Expression e = parsed.computeIfAbsent(expression, x -> handler.getExpressionParser().parseExpression(x));
    EvaluationContext ctx = handler.createEvaluationContext(() -> auth, new SimpleMethodInvocation(this, ANY_METHOD));
    return ExpressionUtils.evaluateAsBoolean(e, ctx);
  }

  /** The names of the rules {@code auth} satisfies. */
  public List<String> satisfiedBy(Authentication auth) {
    List<String> names = new ArrayList<>();
    byName.forEach((name, expression) -> {
      if (allows(expression, auth)) {
        names.add(name);
      }
    });
    return names;
  }

  private static Map<String, String> readAccessConstants() {
    Map<String, String> map = new LinkedHashMap<>();
    for (Field f : Access.class.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == String.class) {
        try {
          map.put(f.getName(), (String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return map;
  }
}
