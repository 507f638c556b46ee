package org.openar.notifications.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.openar.notifications.NotificationsError;

/**
 * Parses the template syntax: {@code {{customer.name}}}, {@code {{amount|money}}}, sections {@code {{#items}}...
 * {{/items}}} (a loop over a list, or shown when a value is true or present), inverted sections {@code {{^items}}...
 * {{/items}}} and comments {@code {{! ...}}}. There is deliberately no way to insert raw, unescaped HTML.
 */
public final class TemplateParser {

  static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private final String source;
  private final Deque<Open> open = new ArrayDeque<>();

  private record Open(String path, boolean inverted, List<Node> body, int line, int column) {}

  /** The parsed nodes, or the first syntax problem. */
  public record Result(List<Node> nodes, Problem problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  private TemplateParser(String source) {
    this.source = source == null ? "" : source;
  }

  public static Result parse(String source) {
    return new TemplateParser(source).run();
  }

  private Result run() {
    List<Node> root = new ArrayList<>();
    int pos = 0;
    while (pos < source.length()) {
      int start = source.indexOf("{{", pos);
      if (start < 0) {
        add(root, new Node.Text(source.substring(pos)));
        break;
      }
      if (start > pos) {
        add(root, new Node.Text(source.substring(pos, start)));
      }
      int end = source.indexOf("}}", start + 2);
      if (end < 0) {
        return failure(NotificationsError.NOTIFICATIONS_TAG_UNCLOSED, start);
      }
      Problem problem = tag(root, source.substring(start + 2, end).trim(), start);
      if (problem != null) {
        return new Result(List.of(), problem);
      }
      pos = end + 2;
    }
    if (!open.isEmpty()) {
      Open o = open.peek();
      return new Result(List.of(), Problem.of(NotificationsError.NOTIFICATIONS_SECTION_UNCLOSED, o.path(), o.line(),
          o.column()));
    }
    return new Result(List.copyOf(root), null);
  }

  private Problem tag(List<Node> root, String tag, int at) {
    int line = line(at);
    int column = column(at);
    if (tag.startsWith("!")) {
      return null;
    }
    char kind = tag.isEmpty() ? ' ' : tag.charAt(0);
    if (kind == '#' || kind == '^') {
      String path = tag.substring(1).trim();
      if (!PATH.matcher(path).matches()) {
        return Problem.of(NotificationsError.NOTIFICATIONS_TAG_INVALID, "{{" + tag + "}}", line, column);
      }
      open.push(new Open(path, kind == '^', new ArrayList<>(), line, column));
      return null;
    }
    if (kind == '/') {
      return close(root, tag.substring(1).trim(), line, column);
    }
    return value(root, tag, line, column);
  }

  private Problem close(List<Node> root, String path, int line, int column) {
    if (open.isEmpty() || !open.peek().path().equals(path)) {
      String expected = open.isEmpty() ? "" : open.peek().path();
      return Problem.of(NotificationsError.NOTIFICATIONS_SECTION_MISMATCH, path, expected, line, column);
    }
    Open o = open.pop();
    add(root, new Node.Section(o.path(), o.inverted(), List.copyOf(o.body()), o.line(), o.column()));
    return null;
  }

  private Problem value(List<Node> root, String tag, int line, int column) {
    int bar = tag.indexOf('|');
    String path = (bar < 0 ? tag : tag.substring(0, bar)).trim();
    String format = bar < 0 ? null : tag.substring(bar + 1).trim();
    if (!PATH.matcher(path).matches()) {
      return Problem.of(NotificationsError.NOTIFICATIONS_TAG_INVALID, "{{" + tag + "}}", line, column);
    }
    if (format != null && !Formats.FORMATTERS.containsKey(format)) {
      return Problem.of(NotificationsError.NOTIFICATIONS_UNKNOWN_FORMATTER, format, line, column);
    }
    add(root, new Node.Value(path, format, line, column));
    return null;
  }

  private void add(List<Node> root, Node node) {
    (open.isEmpty() ? root : open.peek().body()).add(node);
  }

  private Result failure(NotificationsError code, int at) {
    return new Result(List.of(), Problem.of(code, line(at), column(at)));
  }

  private int line(int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private int column(int at) {
    int lineStart = source.lastIndexOf('\n', at - 1) + 1;
    return at - lineStart + 1;
  }
}
