package org.openar.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.money.RoundingPolicy;

/**
 * The rates into one currency in force on one date, for converting many amounts (a report's rows) in memory. Each
 * quote is either a direct rate (multiply) or the stored rate of the opposite pair (divide), so nothing is lost to a
 * pre-computed reciprocal.
 */
public record FxTable(CurrencyCode target, LocalDate asOf, Map<CurrencyCode, Quote> quotes) {

  public FxTable {
    quotes = Map.copyOf(quotes);
  }

  public record Quote(BigDecimal rate, boolean inverse) {}

  public boolean canConvert(CurrencyCode from) {
    return from.equals(target) || quotes.containsKey(from);
  }

  /** @throws OpenArException LEDGER_FX_RATE_MISSING when there is no rate from the amount's currency */
  public Money convert(Money amount) {
    if (amount.currency().equals(target)) {
      return amount;
    }
    Quote q = quotes.get(amount.currency());
    if (q == null) {
      throw new OpenArException(LedgerError.LEDGER_FX_RATE_MISSING, amount.currency().code(), target.code(), asOf);
    }
    return convert(amount, q.rate(), q.inverse(), target);
  }

  static Money convert(Money amount, BigDecimal rate, boolean inverse, CurrencyCode to) {
    RoundingMode mode = RoundingPolicy.HALF_EVEN.mode();
    BigDecimal value = inverse
        ? amount.amount().divide(rate, to.minorDigits(), mode)
        : amount.amount().multiply(rate).setScale(to.minorDigits(), mode);
    return Money.of(value, to);
  }
}
