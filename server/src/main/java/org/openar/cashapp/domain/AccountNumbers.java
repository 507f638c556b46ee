package org.openar.cashapp.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.openar.customers.PayerKeys;

/**
 * House account numbers: normalised with {@link PayerKeys#accountNumber} (the same form statements are compared in),
 * 4 to 64 letters, digits and slashes ({@code 51210600/9223382012}, a German bank code and account as MT940 writes it),
 * and IBANs (two letters, two digits) checked mod 97.
 */
public final class AccountNumbers {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private AccountNumbers() {}

  public static String key(String raw) {
    return PayerKeys.accountNumber(raw);
  }

  public static boolean wellFormed(String key) {
    return key.matches("[A-Z0-9/]{4,64}") && key.chars().anyMatch(Character::isDigit);
  }

  public static boolean looksLikeIban(String key) {
    return key.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
  }

  public static boolean validIban(String key) {
    String rearranged = key.substring(4) + key.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /**
   * The keys a statement's account may be registered under: the number itself and, for {@code bank/account} forms,
   * the account after the last slash. Most specific first.
   */
  public static List<String> candidates(String statementAccount) {
    String key = key(statementAccount);
    List<String> keys = new ArrayList<>();
    if (!key.isEmpty()) {
      keys.add(key);
    }
    int slash = key.lastIndexOf('/');
    if (slash >= 0 && slash < key.length() - 1) {
      keys.add(key.substring(slash + 1));
    }
    return keys;
  }
}
