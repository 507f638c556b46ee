package org.openar.cashapp.matching;

/**
 * Structured payment references and their check digits: the ISO 11649 creditor reference ({@code RF18 5390 0754
 * 7034}, mod 97) and the Swiss QR/ESR reference (27 digits, the last one a recursive mod-10 check digit). A structured
 * reference whose check digits hold is near-certain evidence; one whose check digits fail is read as plain text.
 */
public final class References {

  private static final int[] MOD10_TABLE = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

  private References() {}

  /** True for a syntactically valid RF reference with correct check digits; spaces are ignored. */
  public static boolean isValidRf(String ref) {
    String s = compact(ref);
    if (s.length() < 5 || s.length() > 25 || !s.startsWith("RF") || !Character.isDigit(s.charAt(2))
        || !Character.isDigit(s.charAt(3))) {
      return false;
    }
    for (int i = 4; i < s.length(); i++) {
      if (!Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) > 'z') {
        return false;
      }
    }
    return mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  /** The RF reference for a creditor's own reference (its letters and digits), e.g. "539007547034" → "RF18539007547034". */
  public static String rf(String body) {
    String b = compact(body);
    if (b.isEmpty() || b.length() > 21) {
      throw new IllegalArgumentException("an RF reference body has 1 to 21 letters or digits: " + body);
    }
    int check = 98 - mod97(b + "RF00");
    return "RF" + (check < 10 ? "0" : "") + check + b;
  }

  /** The creditor's reference inside an RF reference (without RF and the check digits). */
  public static String rfBody(String ref) {
    return compact(ref).substring(4);
  }

  /** True for a 27-digit QR reference (or 16/27-digit ESR reference) whose last digit is the mod-10 check digit. */
  public static boolean isValidQrr(String ref) {
    String s = compact(ref);
    if (s.length() != 27 && s.length() != 16 || !allDigits(s)) {
      return false;
    }
    return mod10Recursive(s.substring(0, s.length() - 1)) == s.charAt(s.length() - 1) - '0';
  }

  /** A 27-digit QR reference for up to 26 digits of payload, zero-padded on the left. */
  public static String qrr(String digits) {
    String d = compact(digits);
    if (d.isEmpty() || d.length() > 26 || !d.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("a QR reference payload is 1 to 26 digits: " + digits);
    }
    String padded = "0".repeat(26 - d.length()) + d;
    return padded + mod10Recursive(padded);
  }

  /** The payload of a QR reference without the check digit and without leading zeros. */
  public static String qrrPayload(String ref) {
    String s = compact(ref);
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    String p = s.substring(i, s.length() - 1);
    return p.isEmpty() ? "0" : p;
  }

  /** Whether {@code token} could be an RF reference: its first two characters other than spaces are R and F. */
  static boolean mayBeRf(String token) {
    int seen = 0;
    for (int i = 0; i < token.length() && seen < 2; i++) {
      char c = token.charAt(i);
      if (c == ' ' || c == '\u00A0') {
        continue;
      }
      if (Character.toUpperCase(c) != (seen == 0 ? 'R' : 'F')) {
        return false;
      }
      seen++;
    }
    return seen == 2;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int mod10Recursive(String digits) {
    int carry = 0;
    for (int i = 0; i < digits.length(); i++) {
      carry = MOD10_TABLE[(carry + digits.charAt(i) - '0') % 10];
    }
    return (10 - carry) % 10;
  }

  private static int mod97(String s) {
    int r = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toUpperCase(s.charAt(i));
      int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97;
    }
    return r;
  }

  static String compact(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\u00A0') {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }
}
