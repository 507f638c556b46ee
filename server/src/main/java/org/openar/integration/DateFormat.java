package org.openar.integration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How date cells are written. Month-first and day-first cannot be told apart in general (3/1/2026), so they are
 * explicit choices; AUTO accepts only the unambiguous forms. Every format also accepts ISO dates and Excel serial day
 * numbers (what a date cell saved as a plain number shows), and xlsx date cells are read as dates whatever the format.
 * Two-digit years mean 2000-2069 (00-69) and 1970-1999 (70-99).
 */
public enum DateFormat {
  /** 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301, Excel serial numbers. */
  AUTO("YYYY-MM-DD, YYYY/M/D, YYYY年M月D日, YYYYMMDD"),
  ISO("YYYY-MM-DD"),
  /** US: 3/1/2026 is March 1. */
  MDY("M/D/YYYY"),
  /** Europe, UK: 1/3/2026 is March 1 (also 1.3.2026 and 1-3-2026). */
  DMY("D/M/YYYY"),
  YMD("YYYY/M/D"),
  YYYYMMDD("YYYYMMDD"),
  /** Excel serial day numbers only (45352 = 2024-03-01). */
  EXCEL("Excel");

  private final String pattern;

  DateFormat(String pattern) {
    this.pattern = pattern;
  }

  /** How the format is shown to users. */
  public String pattern() {
    return pattern;
  }

  /** The constant or its pattern ({@code M/D/YYYY}), case-insensitive. */
  public static Optional<DateFormat> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    return Arrays.stream(values())
        .filter(f -> f.name().equalsIgnoreCase(t) || f.pattern.equalsIgnoreCase(t)
            || f.name().equals(t.toUpperCase(Locale.ROOT).replace("/", "").replace("-", "")))
        .findFirst();
  }
}
