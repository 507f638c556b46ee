package org.openar.cashapp.matching;

import java.math.BigDecimal;

/**
 * How a receipt's amount clears a set of items, in minor units: {@code applied} in the receipt's currency,
 * {@code discount} and {@code writeOff} in the items' currency, and what is left for the customer's account. Why it
 * fits is kept as raw numbers ({@link Why} with {@code x}, {@code y}); {@link ProposalFactory} words it as a
 * {@link Reason} when the fit becomes a proposal, so the fitting loops stay small and build no text.
 */
final class Fit {

  /** The kinds of fit and the reason code each is explained with. */
  enum Why {
    EXACT("AMOUNT_EXACT"), DISCOUNT("AMOUNT_DISCOUNT"), FEE("AMOUNT_FEE"), OVERPAID("AMOUNT_OVERPAID"),
    PARTIAL("AMOUNT_PARTIAL"), FX("AMOUNT_FX"), SUBSET("AMOUNT_SUBSET");

    final String code;

    Why(String code) {
      this.code = code;
    }
  }

  final int[] items;
  final long[] applied;
  final long[] discount;
  final long[] writeOff;
  final long onAccount;
  final double weight;
  final Why why;
  /** DISCOUNT: the discount; FEE: the shortfall; OVERPAID: the surplus; PARTIAL: the amount paid. */
  final long x;
  /** PARTIAL: what stays open. */
  final long y;
  /** FX: the reference rate and the receipt converted into the items' currency. */
  final BigDecimal rate;
  final BigDecimal converted;

  Fit(int[] items, long[] applied, long[] discount, long[] writeOff, long onAccount, double weight, Why why, long x,
      long y) {
    this(items, applied, discount, writeOff, onAccount, weight, why, x, y, null, null);
  }

  Fit(int[] items, long[] applied, long[] discount, long[] writeOff, long onAccount, double weight, Why why, long x,
      long y, BigDecimal rate, BigDecimal converted) {
    this.items = items;
    this.applied = applied;
    this.discount = discount;
    this.writeOff = writeOff;
    this.onAccount = onAccount;
    this.weight = weight;
    this.why = why;
    this.x = x;
    this.y = y;
    this.rate = rate;
    this.converted = converted;
  }

  static Fit single(int item, long applied, long discount, long writeOff, double weight, Why why, long x) {
    return new Fit(new int[] {item}, new long[] {applied}, new long[] {discount}, new long[] {writeOff}, 0, weight,
        why, x, 0);
  }

  /** The same fit with another weight (a fit found without a reference is worth less). */
  Fit weighted(double w) {
    return new Fit(items, applied, discount, writeOff, onAccount, w, why, x, y, rate, converted);
  }
}
