package org.openar.cashapp.statement;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Small text helpers the parsers share. */
final class Texts {

  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d*(\\.\\d*)?");

  private Texts() {}

  /** Every run of ASCII whitespace ({@code \\s}) as one space, then stripped; "" for null. */
  static String collapseSpaces(String s) {
    if (s == null) {
      return "";
    }
    int n = s.length();
    int i = 0;
    // most texts have nothing to collapse: find the first place that needs it without building anything
    while (i < n && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isSpace(s.charAt(i + 1))))) {
      i++;
    }
    if (i == n) {
      return s.strip();
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i++);
      if (!isSpace(c)) {
        sb.append(c);
        continue;
      }
      sb.append(' ');
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
    }
    return sb.toString().strip();
  }

  /** The characters of the regex class {@code \\s}: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Parses a decimal written with '.' or ',' as separator ("1213,28", "500,", "0.01"); null when it is not one. */
  static BigDecimal decimal(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().replace(',', '.');
    if (t.isEmpty() || !DECIMAL.matcher(t).matches() || t.equals(".") || t.equals("-") || t.equals("+")) {
      return null;
    }
    if (t.endsWith(".")) {
      t = t + "0";
    }
    if (t.startsWith(".")) {
      t = "0" + t;
    }
    return new BigDecimal(t);
  }
}
