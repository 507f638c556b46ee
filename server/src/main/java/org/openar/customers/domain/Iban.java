package org.openar.customers.domain;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

/**
 * International bank account numbers (ISO 13616): country code, two check digits, a national part whose length the
 * country fixes; valid when the rearranged number is 1 mod 97. An account number is treated as an IBAN when it starts
 * with the code of a country that uses IBANs followed by two digits; anything else is a domestic number (Chinese
 * accounts are plain digits).
 */
public final class Iban {

  /** IBAN lengths of the SWIFT IBAN registry. */
  private static final Map<String, Integer> LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
      Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BI", 27),
      Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28),
      Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
      Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FK", 18),
      Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
      Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21),
      Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
      Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
      Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
      Map.entry("LY", 25), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
      Map.entry("MN", 20), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28),
      Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24), Map.entry("PL", 28),
      Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22),
      Map.entry("RU", 33), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24),
      Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25),
      Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29),
      Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20), Map.entry("YE", 30));

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  public enum Reason { LENGTH, CHARACTER, CHECKSUM }

  /** {@code expected} is the length the country requires (for LENGTH). */
  public record Violation(Reason reason, String country, int length, int expected) {}

  private Iban() {}

  /** Whether a normalised account number (upper case, no separators) is meant as an IBAN. */
  public static boolean looksLikeIban(String number) {
    return number.length() >= 4 && LENGTHS.containsKey(number.substring(0, 2))
        && Character.isDigit(number.charAt(2)) && Character.isDigit(number.charAt(3));
  }

  /** Why a normalised IBAN is invalid, or empty when it is valid. */
  public static Optional<Violation> check(String iban) {
    String country = iban.length() >= 2 ? iban.substring(0, 2) : iban;
    Integer expected = LENGTHS.get(country);
    if (expected == null || iban.length() != expected) {
      return Optional.of(new Violation(Reason.LENGTH, country, iban.length(), expected == null ? 0 : expected));
    }
    if (!iban.matches("[A-Z0-9]+")) {
      return Optional.of(new Violation(Reason.CHARACTER, country, iban.length(), expected));
    }
    if (mod97(iban.substring(4) + iban.substring(0, 4)) != 1) {
      return Optional.of(new Violation(Reason.CHECKSUM, country, iban.length(), expected));
    }
    return Optional.empty();
  }

  public static boolean isValid(String iban) {
    return check(iban).isEmpty();
  }

  /** Letters count as two digits (A = 10 ... Z = 35), as ISO 7064 MOD 97-10 prescribes. */
  static int mod97(String rearranged) {
    StringBuilder digits = new StringBuilder(rearranged.length() * 2);
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
  }
}
