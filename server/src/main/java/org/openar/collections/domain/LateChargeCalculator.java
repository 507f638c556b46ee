package org.openar.collections.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.openar.collections.ChargeTerms;
import org.openar.shared.money.Money;

/**
 * Late fees and interest of one invoice under a customer's terms. Rounding is half-even to the invoice currency's
 * minor unit, once per charge (never per day), so a month's interest is the exact sum rounded once.
 */
public final class LateChargeCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private LateChargeCalculator() {}

  /** The one-off late fee once the grace after the due date has passed; empty when none is due. */
  public static Optional<Money> lateFee(OpenItem invoice, ChargeTerms terms, LocalDate asOf) {
    if (!terms.chargesFees() || !asOf.isAfter(invoice.dueDate().plusDays(terms.graceDays()))
        || invoice.open().signum() <= 0) {
      return Optional.empty();
    }
    Money fee = Money.zero(invoice.open().currency());
    if (terms.lateFeeFixed() != null && terms.lateFeeFixed().currency().equals(fee.currency())) {
      fee = fee.plus(terms.lateFeeFixed());
    }
    if (terms.lateFeePercent() != null) {
      fee = fee.plus(invoice.open().times(terms.lateFeePercent().divide(HUNDRED), RoundingMode.HALF_EVEN));
    }
    if (terms.feeCap() != null && terms.feeCap().currency().equals(fee.currency())) {
      fee = fee.min(terms.feeCap());
    }
    return aboveMinimum(fee, terms);
  }

  /** The month-end interest is charged up to: the last day of the month before {@code asOf}. */
  public static LocalDate periodEnd(LocalDate asOf) {
    return asOf.withDayOfMonth(1).minusDays(1);
  }

  /**
   * Interest for the days after {@code chargedUntil} (or after the grace, whichever is later) up to
   * {@link #periodEnd}, on the open amount of each day, capped so that all interest on the invoice stays within
   * {@code interestCapPercent} of its original amount.
   *
   * @param openChanges the invoice's open amount from each date on which it changed (as of the end of that day)
   * @param chargedUntil last day already charged (null: none)
   * @param chargedSoFar interest charged on the invoice before
   */
  public static Optional<Money> interest(OpenItem invoice, ChargeTerms terms, LocalDate asOf,
      NavigableMap<LocalDate, Money> openChanges, LocalDate chargedUntil, Money chargedSoFar) {
    if (!terms.chargesInterest()) {
      return Optional.empty();
    }
    LocalDate from = invoice.dueDate().plusDays(terms.graceDays());
    if (chargedUntil != null && chargedUntil.isAfter(from)) {
      from = chargedUntil;
    }
    LocalDate to = periodEnd(asOf);
    if (!to.isAfter(from)) {
      return Optional.empty();
    }
    BigDecimal minorDays = BigDecimal.ZERO;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      minorDays = minorDays.add(BigDecimal.valueOf(openOn(d, invoice, openChanges)));
    }
    int digits = invoice.original().currency().minorDigits();
    BigDecimal minor = minorDays.multiply(terms.annualInterestPercent())
        .divide(HUNDRED.multiply(DAYS_PER_YEAR), 0, RoundingMode.HALF_EVEN);
    Money amount = Money.of(minor.movePointLeft(digits), invoice.original().currency());
    if (terms.interestCapPercent() != null) {
      Money cap = invoice.original().times(terms.interestCapPercent().divide(HUNDRED), RoundingMode.HALF_EVEN)
          .minus(chargedSoFar);
      amount = amount.min(cap.signum() < 0 ? Money.zero(cap.currency()) : cap);
    }
    return aboveMinimum(amount, terms);
  }

  private static long openOn(LocalDate day, OpenItem invoice, NavigableMap<LocalDate, Money> openChanges) {
    Map.Entry<LocalDate, Money> e = openChanges.floorEntry(day);
    return e == null ? invoice.original().minor() : e.getValue().minor();
  }

  private static Optional<Money> aboveMinimum(Money amount, ChargeTerms terms) {
    if (amount.signum() <= 0) {
      return Optional.empty();
    }
    Money min = terms.minCharge();
    if (min != null && min.currency().equals(amount.currency()) && amount.compareTo(min) < 0) {
      return Optional.empty();
    }
    return Optional.of(amount);
  }
}
