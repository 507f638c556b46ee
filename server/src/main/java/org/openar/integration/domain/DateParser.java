package org.openar.integration.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.openar.integration.DateFormat;
import org.openar.integration.IntegrationError;

/**
 * Reads the date forms of {@link DateFormat} without regular expressions or formatters (a million rows hold two
 * million dates): the text is split into its digit groups and the format says which group is the year, month and
 * day. A trailing time ("2026-03-01 00:00:00", "2026-03-01T08:00") is ignored.
 */
public final class DateParser {

  /** Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final int MAX_SERIAL = 2_958_465; // 9999-12-31

  private final DateFormat format;

  public DateParser(DateFormat format) {
    this.format = format;
  }

  public LocalDate parse(String text) {
    String s = stripTime(text.trim());
    int[] g = new int[3];
    int[] len = new int[3];
    char[] seps = new char[2];
    int n = groups(s, g, len, seps);
    if (n == 1) {
      return single(s, g[0], len[0]);
    }
    if (n != 3 || seps[0] != seps[1] && !chinese(s)) {
      throw invalid(text);
    }
    if (len[0] == 4) { // year first is never ambiguous
      return date(text, g[0], g[1], g[2]);
    }
    if (format == DateFormat.EXCEL || len[2] != 4 && len[2] != 2) {
      throw invalid(text);
    }
    int year = len[2] == 2 ? twoDigitYear(g[2]) : g[2];
    return switch (format) {
      case MDY -> date(text, year, g[0], g[1]);
      case DMY -> date(text, year, g[1], g[0]);
      case AUTO -> throw ValueException.of(IntegrationError.INTEGRATION_AMBIGUOUS_DATE, text);
      default -> throw invalid(text);
    };
  }

  private LocalDate single(String text, int value, int digits) {
    if (digits == 8 && format != DateFormat.EXCEL) {
      return date(text, value / 10_000, value / 100 % 100, value % 100);
    }
    if (digits >= 1 && digits <= 7 && value >= 1 && value <= MAX_SERIAL && text.chars().allMatch(Character::isDigit)) {
      return EXCEL_EPOCH.plusDays(value);
    }
    throw invalid(text);
  }

  /** Excel serials with a time part ("45352.5") keep the day. */
  private static String stripTime(String s) {
    int cut = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == 'T' && i >= 8) {
        cut = i;
        break;
      }
    }
    String day = s.substring(0, cut);
    int dot = day.indexOf('.');
    if (dot > 0 && day.indexOf('.', dot + 1) < 0 && day.substring(0, dot).chars().allMatch(Character::isDigit)
        && day.substring(dot + 1).chars().allMatch(Character::isDigit) && dot <= 7) {
      return day.substring(0, dot);
    }
    return day;
  }

  /** Splits into at most three digit groups; returns how many, or -1 on anything else. */
  private static int groups(String s, int[] g, int[] len, char[] seps) {
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      if (n == 3) {
        return -1; // something after the third group
      }
      int start = i;
      int v = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 9) {
        v = v * 10 + s.charAt(i++) - '0';
      }
      if (i == start) {
        return -1;
      }
      g[n] = v;
      len[n++] = i - start;
      if (i < s.length()) {
        char sep = s.charAt(i++);
        if ("-/.年月日".indexOf(sep) < 0) {
          return -1;
        }
        if (n <= 2) {
          seps[n - 1] = sep;
        } else if (sep != '日') {
          return -1;
        }
      }
    }
    return n;
  }

  private static boolean chinese(String s) {
    return s.indexOf('年') > 0 && s.indexOf('月') > 0;
  }

  private static int twoDigitYear(int yy) {
    return yy < 70 ? 2000 + yy : 1900 + yy;
  }

  private LocalDate date(String text, int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      throw invalid(text);
    }
  }

  private ValueException invalid(String text) {
    return ValueException.of(IntegrationError.INTEGRATION_INVALID_DATE, text, format.pattern());
  }
}
