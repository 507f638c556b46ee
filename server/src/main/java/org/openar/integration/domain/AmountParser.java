package org.openar.integration.domain;

import java.text.Normalizer;
import org.openar.integration.IntegrationError;

/**
 * Reads amounts as finance files write them: thousands separators ({@code 1,234,567.89}, {@code 1.234.567,89},
 * {@code 1 234 567,89}, {@code 12'345.00}, Indian {@code 12,34,567.00}), a currency code or symbol before or after
 * ({@code CNY 1,200.00}, {@code ¥1,200}, {@code 1200 元}), negatives as {@code -12}, {@code 12-} or {@code (12)},
 * full-width digits. Grouping must be regular, so {@code 1,23} with a decimal point is refused rather than guessed.
 * The result is an exact unscaled {@code long} and its scale: no floating point, no BigDecimal.
 */
public final class AmountParser {

  private static final int MAX_DIGITS = 17;

  private AmountParser() {}

  /** {@code unscaled / 10^scale}, and the currency code written in the cell (null when none). */
  public record Parsed(long unscaled, int scale, String currency) {

    /** In minor units of a currency with {@code digits} decimals; more (non-zero) decimals are refused. */
    public long toMinor(int digits, String text, String currencyCode) {
      long u = unscaled;
      int s = scale;
      while (s > digits && u % 10 == 0) {
        u /= 10;
        s--;
      }
      if (s > digits) {
        throw ValueException.of(IntegrationError.INTEGRATION_TOO_MANY_DECIMALS, text, currencyCode, digits);
      }
      for (; s < digits; s++) {
        u = Math.multiplyExact(u, 10);
      }
      return u;
    }
  }

  public static Parsed parse(String text, char decimal) {
    String s = text.strip();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        break;
      }
    }
    boolean negative = false;
    if (s.startsWith("(") && s.endsWith(")")) {
      negative = true;
      s = s.substring(1, s.length() - 1).strip();
    }
    String currency = null;
    String[] cut = cutCurrency(s);
    if (cut != null) {
      currency = cut[0];
      s = cut[1];
    }
    if (s.startsWith("-") || s.startsWith("+")) {
      negative |= s.charAt(0) == '-';
      s = s.substring(1).strip();
    } else if (s.endsWith("-")) {
      negative = true;
      s = s.substring(0, s.length() - 1).strip();
    }
    return digits(text, s, decimal, negative, currency);
  }

  private static Parsed digits(String text, String s, char decimal, boolean negative, String currency) {
    Digits d = new Digits(text);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        d.digit(c);
      } else if (c == decimal && d.scale < 0) {
        checkLastGroup(text, d.groups, d.run);
        d.scale = 0;
      } else if (isGrouping(c, decimal) && d.scale < 0 && d.run > 0 && i + 1 < s.length()) {
        d.group();
      } else {
        throw invalid(text);
      }
    }
    if (d.count == 0 || d.firstRun > 3 || d.scale == 0) {
      throw invalid(text);
    }
    if (d.scale < 0) {
      checkLastGroup(text, d.groups, d.run);
    }
    return new Parsed(negative ? -d.value : d.value, Math.max(d.scale, 0), currency);
  }

  /** The digits read so far: value, count, decimals after the separator, and the grouping seen. */
  private static final class Digits {
    private final String text;
    long value;
    int count;
    int scale = -1;
    int run;
    int groups;
    int firstRun = -1;

    Digits(String text) {
      this.text = text;
    }

    void digit(char c) {
      if (++count > MAX_DIGITS) {
        throw invalid(text);
      }
      value = value * 10 + (c - '0');
      run++;
      if (scale >= 0) {
        scale++;
      }
    }

    void group() {
      if (groups == 0) {
        firstRun = run;
      } else if (run != 3 && run != 2) {
        throw invalid(text);
      }
      groups++;
      run = 0;
    }
  }

  /** After a grouping separator the last integer group has three digits (and the first at most three). */
  private static void checkLastGroup(String text, int groups, int run) {
    if (groups > 0 && run != 3) {
      throw invalid(text);
    }
  }

  private static boolean isGrouping(char c, char decimal) {
    return c == ' ' || c == '\'' || c == '\u2019' || (decimal == '.' ? c == ',' : c == '.');
  }

  /** A leading or trailing ISO code or symbol: {code or null, the rest}; null when there is none. */
  private static String[] cutCurrency(String s) {
    int start = 0;
    while (start < s.length() && !isNumberChar(s.charAt(start))) {
      start++;
    }
    int end = s.length();
    while (end > start && !isNumberChar(s.charAt(end - 1))) {
      end--;
    }
    if (start == 0 && end == s.length()) {
      return null;
    }
    String before = s.substring(0, start).strip();
    String after = s.substring(end).strip();
    if (!before.isEmpty() && !after.isEmpty()) {
      throw invalid(s);
    }
    String code = currencyCode(before.isEmpty() ? after : before);
    return new String[] {code, s.substring(start, end).strip()};
  }

  private static boolean isNumberChar(char c) {
    return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == ',';
  }

  private static String currencyCode(String token) {
    String t = token.replace("-", "").strip();
    return switch (t) {
      case "¥", "元", "人民币", "RMB" -> t.equals("¥") ? null : "CNY";
      case "$", "€", "£" -> t.equals("€") ? "EUR" : t.equals("£") ? "GBP" : null;
      default -> {
        if (t.length() == 3 && t.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
          yield t;
        }
        throw invalid(token);
      }
    };
  }

  private static ValueException invalid(String text) {
    return ValueException.of(IntegrationError.INTEGRATION_INVALID_AMOUNT, text);
  }
}
