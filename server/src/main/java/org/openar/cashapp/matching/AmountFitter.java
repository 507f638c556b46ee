package org.openar.cashapp.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Decides how a receipt amount clears a given set of items (the ones its references name): exactly, net of the
 * early-payment discounts whose window includes the receipt date, short by a bank fee within tolerance (written off
 * on the item due last), in another currency within the FX tolerance, overpaid (remainder on account) or partially
 * (oldest due first).
 */
final class AmountFitter {

  static final double W_EXACT = 4.0;
  static final double W_DISCOUNT = 3.5;
  static final double W_BANK_CHARGE = 2.5;
  static final double W_DISCOUNT_CHARGE = 2.0;
  static final double W_FX = 2.5;
  static final double W_SURPLUS = -1.0;
  static final double W_PARTIAL_ONE = -0.5;
  static final double W_PARTIAL_MANY = -2.5;

  private final ItemTable t;
  private final Tolerances tolerances;
  private final FxRates fx;

  AmountFitter(ItemTable t, MatchSettings settings, FxRates fx) {
    this.t = t;
    this.tolerances = new Tolerances(settings);
    this.fx = fx;
  }

  /** The fit of {@code set} (items of one customer, oldest due first), or empty for mixed or unconvertible currencies. */
  Optional<Fit> fit(int[] set, Query q) {
    int ccy = t.currency[set[0]];
    for (int i : set) {
      if (t.currency[i] != ccy) {
        return Optional.empty();
      }
    }
    if (ccy != q.currency) {
      return fx(set, q, ccy);
    }
    long a = q.amount;
    long gross = 0;
    long disc = 0;
    for (int i : set) {
      gross += t.openMinor[i];
      disc += t.discountOn(i, q.day);
    }
    if (a == gross) {
      return Optional.of(build(set, q, false, 0, 0, W_EXACT, Fit.Why.EXACT, 0));
    }
    if (disc > 0 && a == gross - disc) {
      return Optional.of(build(set, q, true, 0, 0, W_DISCOUNT, Fit.Why.DISCOUNT, disc));
    }
    long tol = fee(gross, q);
    if (a < gross && a >= gross - tol) {
      return Optional.of(build(set, q, false, gross - a, 0, W_BANK_CHARGE, Fit.Why.FEE, gross - a));
    }
    if (disc > 0 && a < gross - disc && a >= gross - disc - tol) {
      return Optional.of(build(set, q, true, gross - disc - a, 0, W_DISCOUNT_CHARGE, Fit.Why.FEE, gross - disc - a));
    }
    if (a > gross) {
      return Optional.of(build(set, q, false, 0, a - gross, W_SURPLUS, Fit.Why.OVERPAID, a - gross));
    }
    return Optional.of(partial(set, a, gross));
  }

  /** The largest bank-fee shortfall on {@code gross} in the receipt's currency. */
  long fee(long gross, Query q) {
    return tolerances.fee(gross, q.r.amount().currency().minorDigits());
  }

  private Fit partial(int[] set, long a, long gross) {
    long[] applied = new long[set.length];
    long left = a;
    for (int k = 0; k < set.length; k++) {
      applied[k] = Math.min(left, t.openMinor[set[k]]);
      left -= applied[k];
    }
    double w = set.length == 1 ? W_PARTIAL_ONE : W_PARTIAL_MANY;
    return new Fit(set, applied, new long[set.length], new long[set.length], 0, w, Fit.Why.PARTIAL, a, gross - a);
  }

  /** Applied = open (less discount when taken); the shortfall is written off on the item due last. */
  private Fit build(int[] set, Query q, boolean discount, long shortfall, long onAccount, double w, Fit.Why why,
      long x) {
    int n = set.length;
    long[] applied = new long[n];
    long[] discounts = new long[n];
    long[] writeOffs = new long[n];
    for (int k = 0; k < n; k++) {
      discounts[k] = discount ? t.discountOn(set[k], q.day) : 0;
      applied[k] = t.openMinor[set[k]] - discounts[k];
    }
    applied[n - 1] -= shortfall;
    writeOffs[n - 1] = shortfall;
    return new Fit(set, applied, discounts, writeOffs, onAccount, w, why, x, 0);
  }

  /** Items in another currency: the receipt converted at the reference rate within the FX tolerance. */
  private Optional<Fit> fx(int[] set, Query q, int itemCcy) {
    BigDecimal converted = converted(q, itemCcy);
    if (converted == null) {
      return Optional.empty();
    }
    long gross = 0;
    for (int i : set) {
      gross += t.openMinor[i];
    }
    if (!withinFx(converted, gross)) {
      return Optional.empty();
    }
    long[] weights = new long[set.length];
    for (int k = 0; k < set.length; k++) {
      weights[k] = t.openMinor[set[k]];
    }
    long[] applied = Split.largestRemainder(q.amount, weights);
    return Optional.of(new Fit(set, applied, new long[set.length], new long[set.length], 0, W_FX, Fit.Why.FX, 0, 0,
        rate(q, itemCcy), converted));
  }

  private boolean withinFx(BigDecimal converted, long gross) {
    if (converted.precision() <= 18) {
      long diff = Math.abs(converted.unscaledValue().longValue() - gross);
      return tolerances.withinFx(diff, gross);
    }
    BigDecimal g = BigDecimal.valueOf(gross, converted.scale());
    return tolerances.withinFx(converted.subtract(g).abs(), g);
  }

  /** The receipt amount in {@code itemCcy} at the reference rate, rounded to that currency; null without a rate. */
  private BigDecimal converted(Query q, int itemCcy) {
    return q.converted(itemCcy, () -> rate(q, itemCcy) == null ? null : q.r.amount().amount()
        .multiply(rate(q, itemCcy)).setScale(t.src.currencies[itemCcy].minorDigits(), RoundingMode.HALF_EVEN));
  }

  private BigDecimal rate(Query q, int itemCcy) {
    return fx.rate(q.r.amount().currency().code(), t.src.currencies[itemCcy].code()).orElse(null);
  }
}
