package org.openar.customers.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The Chinese unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31-character set
 * {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, S, V, Z, which read like digits). Positions 3-8 are the administrative
 * division code (digits); position 18 is a check digit over the first 17 with weights 3^(i-1) mod 31.
 */
public final class UnifiedSocialCreditCode {

  public static final int LENGTH = 18;
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = new int[LENGTH - 1];

  static {
    int w = 1;
    for (int i = 0; i < WEIGHTS.length; i++) {
      WEIGHTS[i] = w;
      w = w * 3 % 31;
    }
  }

  /** Why a code is invalid; {@code position} is 1-based (0 when the whole code is concerned). */
  public enum Reason { LENGTH, CHARACTER, DIVISION_CODE, CHECK_DIGIT }

  public record Violation(Reason reason, int position, String found, String expected) {}

  private UnifiedSocialCreditCode() {}

  /** Upper case without any whitespace: how people paste codes from licences and invoices. */
  public static String normalize(String raw) {
    return raw == null ? "" : raw.replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
  }

  /** The first reason {@code code} (already normalised) is not a valid code, or empty when it is valid. */
  public static Optional<Violation> check(String code) {
    if (code.length() != LENGTH) {
      return Optional.of(new Violation(Reason.LENGTH, 0, String.valueOf(code.length()), String.valueOf(LENGTH)));
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.of(new Violation(Reason.CHARACTER, i + 1, String.valueOf(code.charAt(i)), null));
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return Optional.of(new Violation(Reason.DIVISION_CODE, i + 1, String.valueOf(code.charAt(i)), null));
      }
    }
    char expected = checkDigit(code.substring(0, LENGTH - 1));
    if (code.charAt(LENGTH - 1) != expected) {
      return Optional.of(new Violation(Reason.CHECK_DIGIT, LENGTH, String.valueOf(code.charAt(LENGTH - 1)),
          String.valueOf(expected)));
    }
    return Optional.empty();
  }

  public static boolean isValid(String raw) {
    return check(normalize(raw)).isEmpty();
  }

  /** The check character for the first 17 characters (which must be from the alphabet). */
  public static char checkDigit(String first17) {
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not a code character");
      }
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
