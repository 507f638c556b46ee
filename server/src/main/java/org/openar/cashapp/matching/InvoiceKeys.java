package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms under which an invoice number is recognised in remittance text, so that "INV-2026-000123" is found as
 * "INV2026000123", "inv 2026/000123", "2026-000123" (no prefix), "2026000123" and "2026-123" (no leading zeros):
 * <ol>
 *   <li>{@code full}: letters and digits only, upper case ("INV2026000123");</li>
 *   <li>{@code bare}: {@code full} without its leading letters and leading zeros ("2026000123");</li>
 *   <li>{@code groups}: each digit group without leading zeros, joined by '-' ("2026-123"), when there are two or
 *       more groups;</li>
 *   <li>{@code digits}: all digits without leading zeros, when the number mixes letters into the middle.</li>
 * </ol>
 * Short forms (under 5 characters) are not used: they would match dates and amounts.
 */
final class InvoiceKeys {

  static final int MIN_KEY = 5;

  private InvoiceKeys() {}

  /** The distinct recognisable forms of an invoice number or a candidate token, {@code full} first. */
  static List<String> forms(String s) {
    List<String> out = new ArrayList<>(4);
    String full = full(s);
    if (full.length() >= MIN_KEY || full.length() >= 3 && hasDigit(full)) {
      out.add(full);
    }
    String bare = bare(full);
    addIfNew(out, bare);
    addIfNew(out, groups(s));
    if (lettersInside(full)) {
      addIfNew(out, stripZeros(digitsOnly(full)));
    }
    return out;
  }

  static String full(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append((char) (c - 32));
      } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@link #full} of {@code s} written into {@code out} (at least as long as {@code s}); returns its length. */
  static int full(String s, char[] out) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out[n++] = (char) (c - 32);
      } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        out[n++] = c;
      }
    }
    return n;
  }

  /** Where {@link #bare} starts inside a full form: after the leading letters and zeros, keeping one character. */
  static int bareStart(char[] full, int len) {
    int i = 0;
    while (i < len && (full[i] < '0' || full[i] > '9')) { // a full form has only A-Z and 0-9
      i++;
    }
    while (i < len - 1 && full[i] == '0') {
      i++;
    }
    return i;
  }

  static String bare(String full) {
    int i = 0;
    while (i < full.length() && Character.isLetter(full.charAt(i))) {
      i++;
    }
    return stripZeros(full.substring(i));
  }

  static String groups(String s) {
    StringBuilder sb = new StringBuilder();
    int groups = 0;
    int i = 0;
    while (i < s.length()) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && isDigit(s.charAt(j))) {
        j++;
      }
      String g = stripZeros(s.substring(i, j));
      sb.append(groups++ == 0 ? "" : "-").append(g);
      i = j;
    }
    return groups >= 2 ? sb.toString() : "";
  }

  private static void addIfNew(List<String> out, String form) {
    if (form.length() >= MIN_KEY && hasDigit(form) && !out.contains(form)) {
      out.add(form);
    }
  }

  private static boolean lettersInside(String full) {
    int i = 0;
    while (i < full.length() && Character.isLetter(full.charAt(i))) {
      i++;
    }
    for (; i < full.length(); i++) {
      if (Character.isLetter(full.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String stripZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  private static String digitsOnly(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
