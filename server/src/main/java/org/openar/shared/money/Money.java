package org.openar.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;

/**
 * An exact amount in one currency. The scale always equals the currency's minor digits; the constructor refuses to
 * round (a value with more decimals than the currency has is an error, not a silent rounding). Lossy operations take an
 * explicit {@link RoundingMode}. Mixing currencies throws.
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > currency.minorDigits()) {
      throw new OpenArException(SharedError.AMOUNT_SCALE, amount.toPlainString(), currency.code(), currency.minorDigits());
    }
    amount = amount.setScale(currency.minorDigits(), RoundingMode.UNNECESSARY);
  }

  public static Money of(String amount, String currency) {
    return of(parseDecimal(amount), CurrencyCode.of(currency));
  }

  public static Money of(BigDecimal amount, CurrencyCode currency) {
    return new Money(amount, currency);
  }

  /** Parses "1234.50 CNY". */
  public static Money parse(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 2) {
      throw new OpenArException(SharedError.INVALID_AMOUNT, text);
    }
    return of(parts[0], parts[1]);
  }

  public static Money zero(CurrencyCode currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public static Money ofMinor(long minor, CurrencyCode currency) {
    return new Money(BigDecimal.valueOf(minor, currency.minorDigits()), currency);
  }

  /** Amount in minor units (cents, fen); exact by construction. */
  public long minor() {
    return amount.movePointRight(currency.minorDigits()).longValueExact();
  }

  public Money plus(Money other) {
    return new Money(amount.add(same(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(same(other).amount), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public Money abs() {
    return signum() < 0 ? negate() : this;
  }

  /** Multiplies by a factor (a rate, a percentage as a fraction); the caller names the rounding. */
  public Money times(BigDecimal factor, RoundingMode mode) {
    return new Money(amount.multiply(factor).setScale(currency.minorDigits(), mode), currency);
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public int signum() {
    return amount.signum();
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(same(other).amount);
  }

  private Money same(Money other) {
    if (!currency.equals(other.currency)) {
      throw new OpenArException(SharedError.CURRENCY_MISMATCH, currency.code(), other.currency.code());
    }
    return other;
  }

  static BigDecimal parseDecimal(String amount) {
    if (amount == null || !amount.trim().matches("[-+]?\\d+(\\.\\d+)?")) {
      throw new OpenArException(SharedError.INVALID_AMOUNT, String.valueOf(amount));
    }
    return new BigDecimal(amount.trim());
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.code();
  }
}
