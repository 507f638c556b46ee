package org.openar.cashapp.matching;

/**
 * The {@link LongIntMultiMap#hash hashes} of an invoice number's {@link InvoiceKeys#forms forms}, computed without
 * building the forms as strings: indexing a million invoice numbers would otherwise make four million short-lived
 * strings. Must agree with {@code InvoiceKeys.forms(s)} hashed one by one; {@code FormHashesTest} checks that.
 */
final class FormHashes {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private FormHashes() {}

  /** Writes the distinct form hashes of {@code s} into {@code out} (length 4), {@code full}'s first; returns how many. */
  static int of(String s, char[] buf, long[] out) {
    return of(s, buf, InvoiceKeys.full(s, buf), out);
  }

  /** {@link #of(String, char[], long[])} when {@code buf} already holds the {@code len} characters of s's full form. */
  static int of(String s, char[] buf, int len, long[] out) {
    int n = 0;
    if (len >= InvoiceKeys.MIN_KEY || len >= 3 && hasDigit(buf, 0, len)) {
      out[n++] = hash(buf, 0, len);
    }
    int bare = InvoiceKeys.bareStart(buf, len);
    if (len - bare >= InvoiceKeys.MIN_KEY && hasDigit(buf, bare, len)) {
      n = addIfNew(out, n, hash(buf, bare, len));
    }
    n = groups(s, out, n);
    if (lettersInside(buf, len)) {
      n = digits(buf, len, out, n);
    }
    return n;
  }

  /** Digit groups of {@code s} without leading zeros joined by '-', when there are two or more. */
  private static int groups(String s, long[] out, int n) {
    long h = FNV_OFFSET;
    int length = 0;
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
      if (groups++ > 0) {
        h = step(h, '-');
        length++;
      }
      int k = i;
      while (k < j - 1 && s.charAt(k) == '0') {
        k++;
      }
      for (; k < j; k++, length++) {
        h = step(h, s.charAt(k));
      }
      i = j;
    }
    return groups >= 2 && length >= InvoiceKeys.MIN_KEY ? addIfNew(out, n, LongIntMultiMap.mix(h)) : n;
  }

  /** All digits of the full form without leading zeros. */
  private static int digits(char[] full, int len, long[] out, int n) {
    long h = FNV_OFFSET;
    int length = 0;
    int pending = 0; // zeros seen before the first other digit: only the last one counts if nothing follows
    for (int i = 0; i < len; i++) {
      char c = full[i];
      if (!isDigit(c)) {
        continue;
      }
      if (length == 0 && c == '0') {
        pending++;
        continue;
      }
      h = step(h, c);
      length++;
    }
    if (length == 0 && pending > 0) {
      h = step(h, '0');
      length = 1;
    }
    return length >= InvoiceKeys.MIN_KEY ? addIfNew(out, n, LongIntMultiMap.mix(h)) : n;
  }

  private static int addIfNew(long[] out, int n, long h) {
    for (int k = 0; k < n; k++) {
      if (out[k] == h) {
        return n;
      }
    }
    out[n] = h;
    return n + 1;
  }

  private static long hash(char[] buf, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = step(h, buf[i]);
    }
    return LongIntMultiMap.mix(h);
  }

  private static long step(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  private static boolean hasDigit(char[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isDigit(buf[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean lettersInside(char[] full, int len) {
    int i = 0;
    while (i < len && !isDigit(full[i])) {
      i++;
    }
    for (; i < len; i++) {
      if (!isDigit(full[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
