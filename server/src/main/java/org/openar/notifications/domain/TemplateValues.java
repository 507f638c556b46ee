package org.openar.notifications.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.TemplateVariable;
import org.openar.notifications.VariableType;
import org.openar.shared.money.Money;

/**
 * Turns what callers pass (Java values, or JSON-ish strings and maps from the preview API) into the typed values the
 * renderer prints: Money, LocalDate, BigDecimal, Boolean, String, maps and lists, following the schema. Also checks a
 * schema itself and makes sample data from its examples.
 */
public final class TemplateValues {

  private TemplateValues() {}

  /** The typed values, or problems (missing required variables, values of the wrong type) naming their paths. */
  public record Result(Map<String, Object> values, List<Problem> problems) {}

  public static Result coerce(List<TemplateVariable> schema, Map<String, ?> raw) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> values = object(schema, raw, "", problems);
    return new Result(values, List.copyOf(problems));
  }

  private static Map<String, Object> object(List<TemplateVariable> schema, Map<?, ?> raw, String prefix,
      List<Problem> problems) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (TemplateVariable v : schema) {
      Object value = raw == null ? null : raw.get(v.name());
      String path = prefix + v.name();
      if (value == null) {
        if (v.required()) {
          problems.add(Problem.of(NotificationsError.NOTIFICATIONS_VARIABLE_MISSING, path));
        }
        continue;
      }
      Object typed = typed(v, value, path, problems);
      if (typed != null) {
        out.put(v.name(), typed);
      }
    }
    return out;
  }

  private static Object typed(TemplateVariable v, Object value, String path, List<Problem> problems) {
    try {
      return switch (v.type()) {
        case TEXT -> scalarText(value);
        case NUMBER -> value instanceof BigDecimal d ? d : new BigDecimal(scalarText(value).trim());
        case MONEY -> money(value);
        case DATE -> value instanceof LocalDate d ? d : LocalDate.parse(scalarText(value).trim());
        case BOOLEAN -> bool(value);
        case OBJECT -> object(v.fields(), (Map<?, ?>) value, path + ".", problems);
        case LIST -> list(v, (Collection<?>) value, path, problems);
      };
    } catch (RuntimeException e) {
      problems.add(Problem.of(NotificationsError.NOTIFICATIONS_VARIABLE_INVALID, path, v.type()));
      return null;
    }
  }

  private static List<Object> list(TemplateVariable v, Collection<?> items, String path, List<Problem> problems) {
    List<Object> out = new ArrayList<>();
    int i = 0;
    for (Object item : items) {
      out.add(object(v.fields(), (Map<?, ?>) item, path + "[" + i++ + "].", problems));
    }
    return out;
  }

  private static String scalarText(Object value) {
    if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
      throw new IllegalArgumentException("not a scalar");
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  private static Money money(Object value) {
    if (value instanceof Money m) {
      return m;
    }
    if (value instanceof Map<?, ?> m) {
      return Money.of(scalarText(m.get("amount")), scalarText(m.get("currency")));
    }
    return Money.parse(scalarText(value));
  }

  private static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String s = scalarText(value).trim();
    if (!s.equals("true") && !s.equals("false")) {
      throw new IllegalArgumentException(s);
    }
    return Boolean.valueOf(s);
  }

  /** Problems of the schema itself: names, duplicates, fields where they belong, examples of the declared type. */
  public static List<Problem> checkSchema(List<TemplateVariable> schema) {
    List<Problem> problems = new ArrayList<>();
    checkSchema(schema, "", problems);
    return List.copyOf(problems);
  }

  private static void checkSchema(List<TemplateVariable> schema, String prefix, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    for (TemplateVariable v : schema) {
      String path = prefix + v.name();
      if (v.name() == null || !v.name().matches("[A-Za-z_][A-Za-z0-9_]*") || v.type() == null) {
        problems.add(Problem.of(NotificationsError.NOTIFICATIONS_SCHEMA_INVALID_NAME, path));
        continue;
      }
      if (!seen.add(v.name())) {
        problems.add(Problem.of(NotificationsError.NOTIFICATIONS_SCHEMA_DUPLICATE, path));
      }
      boolean hasFields = v.type() == VariableType.OBJECT || v.type() == VariableType.LIST;
      if (hasFields == v.fields().isEmpty()) {
        problems.add(Problem.of(NotificationsError.NOTIFICATIONS_SCHEMA_FIELDS, path, v.type()));
      }
      if (v.example() != null && v.type().printable()
          && typed(v, v.example(), path, new ArrayList<>()) == null) {
        problems.add(Problem.of(NotificationsError.NOTIFICATIONS_SCHEMA_EXAMPLE, path, v.type(), v.example()));
      }
      checkSchema(v.fields(), path + ".", problems);
    }
  }

  /** Sample data for previews: each variable's example, or a plausible default; two items per list. */
  public static Map<String, Object> sample(List<TemplateVariable> schema) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (TemplateVariable v : schema) {
      out.put(v.name(), switch (v.type()) {
        case OBJECT -> sample(v.fields());
        case LIST -> List.of(sample(v.fields()), sample(v.fields()));
        default -> v.example() != null ? v.example() : defaultExample(v);
      });
    }
    return out;
  }

  private static String defaultExample(TemplateVariable v) {
    return switch (v.type()) {
      case NUMBER -> "3";
      case MONEY -> "12345.60 CNY";
      case DATE -> "2026-03-01";
      case BOOLEAN -> "true";
      default -> "[" + v.name() + "]";
    };
  }
}
