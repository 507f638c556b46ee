package org.openar.cashapp.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate references in remittance text. A run is letters and digits with inner separators ({@code - / . _});
 * a candidate is a run with a digit, or up to seven runs joined across spaces while the following runs are short
 * digit groups (so "INV 2026 000123", "RF18 5390 0754 7034" and a QR reference printed in groups of five are found).
 */
final class ReferenceTokens {

  private static final int MAX_WINDOW = 7;

  private ReferenceTokens() {}

  static Set<String> candidates(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    List<String> runs = runs(ascii(text));
    for (int i = 0; i < runs.size(); i++) {
      String first = runs.get(i);
      if (InvoiceKeys.hasDigit(first)) {
        out.add(first);
      }
      StringBuilder joined = new StringBuilder(first);
      for (int j = i + 1; j < runs.size() && j - i < MAX_WINDOW; j++) {
        String next = runs.get(j);
        if (!isGroup(next) || first.length() > 12) {
          break;
        }
        joined.append(next);
        out.add(joined.toString());
      }
    }
    return out;
  }

  private static boolean isGroup(String run) {
    if (run.length() > 8) {
      return false;
    }
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c < '0' || c > '9') {
        return run.length() <= 4 && InvoiceKeys.hasDigit(run); // RF references are printed in groups of four
      }
    }
    return true;
  }

  static List<String> runs(String s) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isAlnum(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isAlnum(s.charAt(i)) || isSeparator(s.charAt(i)) && i + 1 < n && isAlnum(s.charAt(i + 1)))) {
        i++;
      }
      runs.add(s.substring(start, i));
    }
    return runs;
  }

  /** Full-width digits and letters (２０２６) become ASCII; everything else stays as it is. */
  static String ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  private static boolean isAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '/' || c == '.' || c == '_';
  }
}
