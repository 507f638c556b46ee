package org.openar.invoicing.domain;

/**
 * Human document numbers: prefix, year of the document date and the sequence number zero-padded to at least
 * {@code digits} digits ({@code INV-2026-000123}); a sequence outgrowing the padding simply gets longer.
 */
public final class DocumentNumbers {

  private DocumentNumbers() {}

  public static String format(String prefix, int year, long sequence, int digits) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
    }
    String n = Long.toString(sequence);
    StringBuilder sb = new StringBuilder(prefix.length() + 6 + Math.max(digits, n.length()));
    sb.append(prefix).append('-').append(year).append('-');
    for (int i = n.length(); i < digits; i++) {
      sb.append('0');
    }
    return sb.append(n).toString();
  }
}
