package org.openar.cashapp.statement;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Small text helpers the parsers share. */
final class Texts {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d*(\\.\\d*)?");

  private Texts() {}

  static String collapseSpaces(String s) {
    return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
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
