package org.openar.notifications.domain;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.openar.shared.pdf.Html;

/**
 * Renders checked templates with typed values (see {@link TemplateValues}). In HTML every value is escaped; in subjects,
 * plain text and SMS it is inserted as it is. Missing optional values print as nothing.
 */
public final class TemplateRenderer {

  private final boolean html;
  private final boolean chinese;
  private final Deque<Object> scopes = new ArrayDeque<>();
  private final StringBuilder out = new StringBuilder();

  private TemplateRenderer(Map<String, Object> values, boolean html, boolean chinese) {
    this.html = html;
    this.chinese = chinese;
    scopes.push(values);
  }

  public static String render(List<Node> nodes, Map<String, Object> values, boolean html, boolean chinese) {
    TemplateRenderer renderer = new TemplateRenderer(values, html, chinese);
    renderer.walk(nodes);
    return renderer.out.toString();
  }

  private void walk(List<Node> nodes) {
    for (Node node : nodes) {
      if (node instanceof Node.Text t) {
        out.append(t.text());
      } else if (node instanceof Node.Value v) {
        String text = Formats.format(resolve(v.path()), v.format(), chinese);
        out.append(html ? Html.escape(text) : text);
      } else if (node instanceof Node.Section s) {
        section(s);
      }
    }
  }

  private void section(Node.Section s) {
    Object value = resolve(s.path());
    if (s.inverted()) {
      if (!truthy(value)) {
        walk(s.body());
      }
      return;
    }
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        scoped(item, s.body());
      }
    } else if (value instanceof Map<?, ?>) {
      scoped(value, s.body());
    } else if (truthy(value)) {
      walk(s.body());
    }
  }

  private void scoped(Object scope, List<Node> body) {
    scopes.push(scope);
    walk(body);
    scopes.pop();
  }

  private Object resolve(String path) {
    String[] parts = path.split("\\.");
    Object current = null;
    for (Object scope : scopes) {
      if (scope instanceof Map<?, ?> map && map.containsKey(parts[0])) {
        current = map.get(parts[0]);
        break;
      }
    }
    for (int i = 1; i < parts.length && current != null; i++) {
      current = current instanceof Map<?, ?> map ? map.get(parts[i]) : null;
    }
    return current;
  }

  private static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    return !(value instanceof String s) || !s.isEmpty();
  }
}
