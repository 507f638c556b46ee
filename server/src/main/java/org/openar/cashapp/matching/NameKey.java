package org.openar.cashapp.matching;

import java.util.Arrays;

/**
 * A name prepared once for comparison: its {@link Names#core core} and {@link Names#plain plain} forms and the
 * character n-grams of the core as sorted codes (two or three UTF-16 characters packed into a long, so equal codes
 * are equal grams, no hashing involved). Customers' names are prepared when the engine is built, a payer's name once
 * per receipt; comparing two keys then allocates nothing.
 */
final class NameKey {

  /** Marks a gram shorter than n (a one-character name), so that it never equals a packed n-gram. */
  private static final long SHORT = 1L << 62;

  final String core;
  final String plain;
  private final boolean cjk;
  private boolean cut;
  // volatile: a customer's key is shared by the matching threads and may compute its other gram size lazily
  private volatile long[] bigrams;
  private volatile long[] trigrams;

  private NameKey(String core, String plain) {
    this.core = core;
    this.plain = plain;
    this.cjk = !core.isEmpty() && Names.isCjk(core.charAt(0));
  }

  static NameKey of(String name) {
    String plain = Names.plain(name);
    return new NameKey(Names.coreOfPlain(plain), plain);
  }

  /**
   * A payer's name as the bank gave it: a name of a bank's cut length loses a trailing fragment of a legal form, and
   * the key remembers that it may be cut (its plain form is then a prefix of the customer's, not equal to it).
   */
  static NameKey ofPayer(String name) {
    if (name == null || !Names.mayBeCut(name)) {
      return of(name);
    }
    String plain = Names.withoutCutLegalForm(Names.plain(name));
    NameKey k = new NameKey(Names.coreOfPlain(plain), plain);
    k.cut = true;
    return k;
  }

  /** Whether the name had a bank's cut length: what is missing at its end is unknown. */
  boolean cut() {
    return cut;
  }

  static NameKey of(String core, String plain) {
    return new NameKey(core, plain);
  }

  boolean isEmpty() {
    return core.isEmpty();
  }

  boolean startsCjk() {
    return cjk;
  }

  /** Sorted gram codes of the core for n = 2 (Chinese) or 3 (Latin, padded with a space on each side). */
  long[] grams(int n) {
    if (n == 2) {
      long[] g = bigrams;
      return g != null ? g : (bigrams = compute(core, 2));
    }
    long[] g = trigrams;
    return g != null ? g : (trigrams = compute(core, 3));
  }

  /** Computes the grams the key is usually compared with ahead of time. */
  NameKey prepared() {
    grams(cjk ? 2 : 3);
    return this;
  }

  private static long[] compute(String s, int n) {
    int len = n == 3 ? s.length() + 2 : s.length();
    if (len < n) {
      return new long[] {SHORT | (len == 0 ? 0 : charAt(s, 0, n))};
    }
    long[] out = new long[len - n + 1];
    for (int i = 0; i + n <= len; i++) {
      long code = 0;
      for (int k = 0; k < n; k++) {
        code = code << 16 | charAt(s, i + k, n);
      }
      out[i] = code;
    }
    Arrays.sort(out);
    return out;
  }

  private static char charAt(String s, int i, int n) {
    if (n != 3) {
      return s.charAt(i);
    }
    return i == 0 || i == s.length() + 1 ? ' ' : s.charAt(i - 1);
  }

  /** Size of the multiset intersection of two sorted gram arrays. */
  static int common(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
