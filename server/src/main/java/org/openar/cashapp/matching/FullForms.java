package org.openar.cashapp.matching;

import java.util.Arrays;

/**
 * Every open item's {@link InvoiceKeys#full full} form (ASCII letters and digits), back to back in one byte array,
 * with where each item's {@link InvoiceKeys#bare bare} form starts inside it (a bare form is a suffix of the full
 * form). The exact-reference check and the one-typo checks read them in place instead of rebuilding strings.
 */
final class FullForms {

  private byte[] bytes;
  private final int[] start;
  private final int[] bareOffset;

  FullForms(int items) {
    bytes = new byte[items * 12 + 16];
    start = new int[items + 1];
    bareOffset = new int[items];
  }

  /** Item {@code i}'s full form, the {@code len} characters of {@code buf}; items are added in order. */
  void add(int i, char[] buf, int len) {
    int at = start[i];
    if (at + len > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + len));
    }
    for (int k = 0; k < len; k++) {
      bytes[at + k] = (byte) buf[k];
    }
    start[i + 1] = at + len;
    bareOffset[i] = InvoiceKeys.bareStart(buf, len);
  }

  /** Whether item {@code i}'s full form equals the {@code len} characters of {@code fullForm}. */
  boolean equals(int i, char[] fullForm, int len) {
    int at = start[i];
    if (start[i + 1] - at != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (bytes[at + k] != fullForm[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a reference token (full form) is one edit from item {@code i}: from its full form, or, by the token's
   * {@code bare} form, from the item's bare form when that has six characters or more.
   */
  boolean oneEditFrom(String token, String bareToken, int i) {
    int at = start[i];
    int len = start[i + 1] - at;
    int bare = bareOffset[i];
    return Typos.withinOne(token, bytes, at, len)
        || len - bare >= 6 && Typos.withinOne(bareToken, bytes, at + bare, len - bare);
  }
}
