package org.openar.cashapp.matching;

/** Whether two references differ by at most one edit: substitution, insertion, deletion or a swap of neighbours. */
final class Typos {

  private Typos() {}

  /** {@link #withinOne(String, String)} against {@code len} characters of {@code b} from {@code off}. */
  static boolean withinOne(String a, byte[] b, int off, int len) {
    int la = a.length();
    if (Math.abs(la - len) > 1) {
      return false;
    }
    int i = 0;
    int min = Math.min(la, len);
    while (i < min && a.charAt(i) == b[off + i]) {
      i++;
    }
    if (la == len) {
      if (i == la) {
        return false; // equal
      }
      if (same(a, i + 1, b, off + i + 1, la - i - 1)) {
        return true; // substitution
      }
      return i + 1 < la && a.charAt(i) == b[off + i + 1] && a.charAt(i + 1) == b[off + i]
          && same(a, i + 2, b, off + i + 2, la - i - 2); // transposition
    }
    return la > len ? same(a, i + 1, b, off + i, len - i) : same(a, i, b, off + i + 1, la - i);
  }

  private static boolean same(String a, int from, byte[] b, int bFrom, int n) {
    for (int k = 0; k < n; k++) {
      if (a.charAt(from + k) != b[bFrom + k]) {
        return false;
      }
    }
    return true;
  }

  static boolean withinOne(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true; // substitution
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2); // transposition
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }
}
