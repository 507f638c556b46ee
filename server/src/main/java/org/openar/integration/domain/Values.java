package org.openar.integration.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openar.integration.IntegrationError;

/** Small cell readers: yes/no in both languages, integers, lists, text checks. */
public final class Values {

  private static final Set<String> TRUE = Set.of("yes", "y", "true", "t", "1", "x", "是", "有", "对", "√", "✓");
  private static final Set<String> FALSE = Set.of("no", "n", "false", "f", "0", "否", "无", "没有", "不是", "×");

  private Values() {}

  public static boolean bool(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(t)) {
      return true;
    }
    if (FALSE.contains(t)) {
      return false;
    }
    throw ValueException.of(IntegrationError.INTEGRATION_INVALID_BOOLEAN, text);
  }

  public static int integer(String text) {
    String t = text.strip();
    if (t.endsWith(".0")) { // how a spreadsheet number cell may come out
      t = t.substring(0, t.length() - 2);
    }
    if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw ValueException.of(IntegrationError.INTEGRATION_INVALID_NUMBER, text);
    }
    return Integer.parseInt(t);
  }

  /** Values separated by {@code ;}, {@code ,}, {@code ；}, {@code ，}, {@code 、} or line breaks, trimmed, blanks dropped. */
  public static List<String> list(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? ';' : text.charAt(i);
      if (";,；，、\n\r|".indexOf(c) >= 0) {
        String v = sb.toString().strip();
        if (!v.isEmpty()) {
          out.add(v);
        }
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    return out;
  }

  /** Trimmed text; refuses control characters (except tab and line breaks in free text) and over-long values. */
  public static String text(String cell, int max, boolean multiline) {
    String t = cell.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
        throw ValueException.of(IntegrationError.INTEGRATION_CONTROL_CHARACTER, String.format("U+%04X", (int) c));
      }
    }
    if (max > 0 && t.length() > max) {
      throw ValueException.of(IntegrationError.INTEGRATION_TEXT_TOO_LONG, t.length(), max);
    }
    return t;
  }

  /** One of {@code allowed}, matched case-insensitively, returned as written in {@code allowed}. */
  public static String choice(String text, List<String> allowed) {
    String t = text.strip();
    for (String a : allowed) {
      if (a.equalsIgnoreCase(t) || a.replace('_', ' ').equalsIgnoreCase(t)) {
        return a;
      }
    }
    throw ValueException.of(IntegrationError.INTEGRATION_INVALID_CHOICE, text, String.join(", ", allowed));
  }
}
