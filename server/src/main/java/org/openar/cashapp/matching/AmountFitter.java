package org.openar.cashapp.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
  private final MatchSettings settings;
  private final FxRates fx;

  AmountFitter(ItemTable t, MatchSettings settings, FxRates fx) {
    this.t = t;
    this.settings = settings;
    this.fx = fx;
  }

  /** The fit of {@code set} (items of one customer, oldest due first), or empty for mixed or unconvertible currencies. */
  Optional<Fit> fit(int[] set, Query q) {
    Receipt r = q.r;
    int ccy = t.currency[set[0]];
    for (int i : set) {
      if (t.currency[i] != ccy) {
        return Optional.empty();
      }
    }
    if (ccy != q.currency) {
      return fx(set, r, t.currencyCode(set[0]));
    }
    long a = q.amount;
    long day = q.day;
    long gross = 0;
    long disc = 0;
    for (int i : set) {
      gross += t.openMinor[i];
      disc += t.discountOn(i, day);
    }
    long tol = tolerance(gross, r.amount().currency().minorDigits());
    String names = names(set);
    if (a == gross) {
      return Optional.of(build(set, day, false, 0, 0, W_EXACT, Reason.of("AMOUNT_EXACT", W_EXACT, names)));
    }
    if (disc > 0 && a == gross - disc) {
      return Optional.of(build(set, day, true, 0, 0, W_DISCOUNT, Reason.of("AMOUNT_DISCOUNT", W_DISCOUNT, names,
          money(disc, r), "")));
    }
    if (a < gross && a >= gross - tol) {
      return Optional.of(build(set, day, false, gross - a, 0, W_BANK_CHARGE, Reason.of("AMOUNT_FEE", W_BANK_CHARGE, names,
          money(gross - a, r))));
    }
    if (disc > 0 && a < gross - disc && a >= gross - disc - tol) {
      return Optional.of(build(set, day, true, gross - disc - a, 0, W_DISCOUNT_CHARGE,
          Reason.of("AMOUNT_FEE", W_DISCOUNT_CHARGE, names, money(gross - disc - a, r))));
    }
    if (a > gross) {
      return Optional.of(build(set, day, false, 0, a - gross, W_SURPLUS, Reason.of("AMOUNT_OVERPAID", W_SURPLUS,
          money(a - gross, r))));
    }
    return Optional.of(partial(set, a, gross, r));
  }

  private Fit partial(int[] set, long a, long gross, Receipt r) {
    long[] applied = new long[set.length];
    long left = a;
    for (int k = 0; k < set.length; k++) {
      applied[k] = Math.min(left, t.openMinor[set[k]]);
      left -= applied[k];
    }
    double w = set.length == 1 ? W_PARTIAL_ONE : W_PARTIAL_MANY;
    return new Fit(set, applied, new long[set.length], new long[set.length], 0, w,
        List.of(Reason.of("AMOUNT_PARTIAL", w, money(a, r), money(gross - a, r))));
  }

  /** Applied = open (less discount when taken); the shortfall is written off on the item due last. */
  private Fit build(int[] set, long day, boolean discount, long shortfall, long onAccount, double w, Reason reason) {
    int n = set.length;
    long[] applied = new long[n];
    long[] discounts = new long[n];
    long[] writeOffs = new long[n];
    for (int k = 0; k < n; k++) {
      discounts[k] = discount ? t.discountOn(set[k], day) : 0;
      applied[k] = t.openMinor[set[k]] - discounts[k];
    }
    applied[n - 1] -= shortfall;
    writeOffs[n - 1] = shortfall;
    return new Fit(set, applied, discounts, writeOffs, onAccount, w, List.of(reason));
  }

  private Optional<Fit> fx(int[] set, Receipt r, String itemCcy) {
    Optional<BigDecimal> rate = fx.rate(r.amount().currency().code(), itemCcy);
    if (rate.isEmpty()) {
      return Optional.empty();
    }
    long gross = 0;
    for (int i : set) {
      gross += t.openMinor[i];
    }
    int itemDigits = org.openar.shared.money.CurrencyCode.of(itemCcy).minorDigits();
    BigDecimal converted = r.amount().amount().multiply(rate.get()).setScale(itemDigits, RoundingMode.HALF_EVEN);
    BigDecimal grossMajor = BigDecimal.valueOf(gross, itemDigits);
    BigDecimal diff = converted.subtract(grossMajor).abs();
    if (diff.compareTo(grossMajor.multiply(settings.fxTolerancePercent()).movePointLeft(2)) > 0) {
      return Optional.empty();
    }
    long[] weights = new long[set.length];
    for (int k = 0; k < set.length; k++) {
      weights[k] = t.openMinor[set[k]];
    }
    long[] applied = Split.largestRemainder(r.amount().minor(), weights);
    return Optional.of(new Fit(set, applied, new long[set.length], new long[set.length], 0, W_FX,
        List.of(Reason.of("AMOUNT_FX", W_FX, r.amount().currency().code(), rate.get().toPlainString(),
            converted.toPlainString() + " " + itemCcy))));
  }

  long tolerance(long gross, int digits) {
    long absolute = settings.feeTolerance().movePointRight(digits).longValue();
    long relative = BigDecimal.valueOf(gross).multiply(settings.feeTolerancePercent()).movePointLeft(2).longValue();
    return Math.min(absolute, relative);
  }

  String names(int[] set) {
    List<String> n = new ArrayList<>(set.length);
    for (int i : set) {
      n.add(t.number[i]);
    }
    return String.join(", ", n);
  }

  private static String money(long minor, Receipt r) {
    return BigDecimal.valueOf(minor, r.amount().currency().minorDigits()).toPlainString() + " "
        + r.amount().currency().code();
  }
}
