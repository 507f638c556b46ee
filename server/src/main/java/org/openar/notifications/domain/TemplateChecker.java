package org.openar.notifications.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.notifications.NotificationsError;
import org.openar.notifications.TemplateVariable;
import org.openar.notifications.VariableType;

/**
 * Checks a parsed template against its key's variable schema when it is saved, so a misspelt or undeclared variable is
 * the author's error then, never a broken message at send time. Names resolve from the innermost section outwards
 * (inside {@code {{#items}}} an item's fields come first), like the renderer does.
 */
public final class TemplateChecker {

  private final List<Problem> problems = new ArrayList<>();
  private final Deque<Map<String, TemplateVariable>> scopes = new ArrayDeque<>();

  private TemplateChecker(List<TemplateVariable> schema) {
    scopes.push(index(schema));
  }

  public static List<Problem> check(List<Node> nodes, List<TemplateVariable> schema) {
    TemplateChecker checker = new TemplateChecker(schema);
    checker.walk(nodes);
    return List.copyOf(checker.problems);
  }

  private void walk(List<Node> nodes) {
    for (Node node : nodes) {
      if (node instanceof Node.Value v) {
        value(v);
      } else if (node instanceof Node.Section s) {
        section(s);
      }
    }
  }

  private void value(Node.Value v) {
    TemplateVariable variable = resolve(v.path());
    if (variable == null) {
      problems.add(Problem.of(NotificationsError.NOTIFICATIONS_UNKNOWN_VARIABLE, v.path(), v.line(), v.column()));
    } else if (!variable.type().printable()) {
      problems.add(Problem.of(NotificationsError.NOTIFICATIONS_VARIABLE_NOT_PRINTABLE, v.path(), variable.type(),
          v.line(), v.column()));
    } else if (v.format() != null && !Formats.FORMATTERS.get(v.format()).contains(variable.type())) {
      problems.add(Problem.of(NotificationsError.NOTIFICATIONS_FORMATTER_MISMATCH, v.format(), v.path(),
          variable.type(), v.line(), v.column()));
    }
  }

  private void section(Node.Section s) {
    TemplateVariable variable = resolve(s.path());
    if (variable == null) {
      problems.add(Problem.of(NotificationsError.NOTIFICATIONS_UNKNOWN_VARIABLE, s.path(), s.line(), s.column()));
      return;
    }
    boolean opensScope = !s.inverted() && (variable.type() == VariableType.LIST || variable.type() == VariableType.OBJECT);
    if (opensScope) {
      scopes.push(index(variable.fields()));
    }
    walk(s.body());
    if (opensScope) {
      scopes.pop();
    }
  }

  private TemplateVariable resolve(String path) {
    String[] parts = path.split("\\.");
    TemplateVariable current = null;
    for (Map<String, TemplateVariable> scope : scopes) {
      current = scope.get(parts[0]);
      if (current != null) {
        break;
      }
    }
    for (int i = 1; i < parts.length && current != null; i++) {
      current = current.type() == VariableType.OBJECT ? index(current.fields()).get(parts[i]) : null;
    }
    return current;
  }

  static Map<String, TemplateVariable> index(List<TemplateVariable> variables) {
    Map<String, TemplateVariable> map = new LinkedHashMap<>();
    for (TemplateVariable v : variables) {
      map.putIfAbsent(v.name(), v);
    }
    return map;
  }
}
