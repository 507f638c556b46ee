package org.openar.shared.money;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;

/** An ISO 4217 currency with its number of minor digits (CNY 2, JPY 0, KWD 3). */
public record CurrencyCode(String code, int minorDigits) {

  private static final Map<String, CurrencyCode> CACHE = new ConcurrentHashMap<>();
  public static final CurrencyCode CNY = of("CNY");
  public static final CurrencyCode USD = of("USD");
  public static final CurrencyCode EUR = of("EUR");

  public CurrencyCode {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new OpenArException(SharedError.UNKNOWN_CURRENCY, String.valueOf(code));
    }
  }

  /** Looks up an ISO 4217 code; unknown or non-upper-case codes are rejected rather than guessed. */
  public static CurrencyCode of(String code) {
    if (code == null) {
      throw new OpenArException(SharedError.UNKNOWN_CURRENCY, "null");
    }
    CurrencyCode cached = CACHE.get(code);
    if (cached != null) {
      return cached;
    }
    if (!code.matches("[A-Z]{3}")) {
      throw new OpenArException(SharedError.UNKNOWN_CURRENCY, code);
    }
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new OpenArException(SharedError.UNKNOWN_CURRENCY, code);
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) { // XAU, XDR...: not usable for invoices
      throw new OpenArException(SharedError.UNKNOWN_CURRENCY, code);
    }
    CurrencyCode created = new CurrencyCode(code, digits);
    CACHE.putIfAbsent(code, created);
    return created;
  }

  public static boolean isKnown(String code) {
    try {
      of(code == null ? null : code.toUpperCase(Locale.ROOT));
      return true;
    } catch (OpenArException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
