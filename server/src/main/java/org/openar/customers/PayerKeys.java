package org.openar.customers;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised forms under which payers are looked up. Bank statements write the same account and the same name in
 * many ways (full-width digits, spaces, dashes, case, punctuation), so both the master data and the statement side
 * must be reduced with these same functions before comparing.
 */
public final class PayerKeys {

  private PayerKeys() {}

  /**
   * An account number without spaces or dashes, upper case, full-width characters folded to ASCII:
   * {@code "de89 3704-0044"} and {@code "DE8937040044"} give the same key.
   */
  public static String accountNumber(String raw) {
    if (raw == null) {
      return "";
    }
    String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(folded.length());
    folded.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isDash(c))
        .forEach(sb::appendCodePoint);
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * A payer name reduced to its letters and digits, lower case, full-width folded: {@code "ACME Co., Ltd."} and
   * {@code "acme co ltd"} give the same key, as do {@code "上海（某某）有限公司"} and {@code "上海(某某)有限公司"}.
   */
  public static String payerName(String raw) {
    if (raw == null) {
      return "";
    }
    String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static boolean isDash(int c) {
    return c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION;
  }
}
