package org.openar.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * Exchange rates ({@code 1 from = rate to}), each valid from its date until the next rate of the pair, and conversion
 * for reports (items stay in their own currency; only reports convert, e.g. to the company's base currency). A pair
 * without a direct rate uses the inverse of the opposite pair; otherwise conversion fails with
 * {@link LedgerError#LEDGER_FX_RATE_MISSING}. Conversions round half-even to the target currency's decimals.
 */
public interface FxRates {

  /** Inserts or replaces the rate of a pair for a date (the replaced value stays in the audit trail). */
  FxRate upsert(NewFxRate rate);

  /** Rates stored for the filters (each optional), newest first. */
  List<FxRate> list(CurrencyCode from, CurrencyCode to, LocalDate fromDate, LocalDate toDate);

  /** The rate in force on {@code date}: the pair's latest rate on or before it, else the inverse pair's. */
  Optional<FxRate> rateOn(CurrencyCode from, CurrencyCode to, LocalDate date);

  /** @throws org.openar.shared.error.OpenArException LEDGER_FX_RATE_MISSING when no rate is in force */
  Money convert(Money amount, CurrencyCode to, LocalDate asOf);

  /** Every rate into {@code target} in force on {@code asOf}, to convert many amounts without a query each. */
  FxTable table(CurrencyCode target, LocalDate asOf);

  record NewFxRate(CurrencyCode from, CurrencyCode to, LocalDate validFrom, BigDecimal rate, String source) {}

  /** {@code inverse}: the rate was derived from the opposite pair (then {@code rate} is that pair's stored rate). */
  record FxRate(CurrencyCode from, CurrencyCode to, LocalDate validFrom, BigDecimal rate, String source,
      boolean inverse, Instant recordedAt, String recordedBy) {

    /** Converts with this rate; the result has the target currency's decimals, rounded half-even. */
    public Money convert(Money amount) {
      if (!amount.currency().equals(from)) {
        throw new OpenArException(SharedError.CURRENCY_MISMATCH, amount.currency().code(), from.code());
      }
      return FxTable.convert(amount, rate, inverse, to);
    }
  }
}
