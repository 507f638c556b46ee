package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fits a receipt that names no invoice against a known customer's open items: one item exactly, net of its discount,
 * short by a bank fee, in another currency, or several items by bounded subset-sum. Every fitting alternative is
 * returned, so two items of the same amount come back as two fits and the line is ambiguous.
 */
final class OpenItemFitter {

  static final double W_EXACT = 3.5;
  static final double W_DISCOUNT = 3.0;
  static final double W_BANK_CHARGE = -0.5;
  static final double W_FX = 2.0;
  static final double W_SUBSET = 3.0;

  private final ItemTable t;
  private final MatchSettings settings;
  private final AmountFitter fitter;

  OpenItemFitter(ItemTable t, MatchSettings settings, AmountFitter fitter) {
    this.t = t;
    this.settings = settings;
    this.fitter = fitter;
  }

  List<Fit> fits(int customer, Query q) {
    int[] mine = t.byCustomer[customer];
    int ccy = q.currency;
    long a = q.amount;
    long day = q.day;
    Receipt r = q.r;
    List<Fit> out = new ArrayList<>(2);
    for (int i : mine) {
      if (t.currency[i] == ccy && t.openMinor[i] == a) {
        out.add(Fit.single(i, a, 0, 0, W_EXACT, Fit.Why.EXACT, 0));
      }
    }
    if (out.isEmpty()) {
      discountOrFee(mine, ccy, a, day, q, out);
    }
    if (out.isEmpty()) {
      foreign(mine, ccy, q, out);
    }
    if (out.isEmpty()) {
      subsets(mine, ccy, a, day, out);
    }
    return out;
  }

  private void discountOrFee(int[] mine, int ccy, long a, long day, Query q, List<Fit> out) {
    for (int i : mine) {
      long d = t.discountOn(i, day);
      if (t.currency[i] == ccy && d > 0 && t.openMinor[i] - d == a) {
        out.add(Fit.single(i, a, d, 0, W_DISCOUNT, Fit.Why.DISCOUNT, d));
      }
    }
    if (!out.isEmpty()) {
      return;
    }
    for (int i : mine) {
      long open = t.openMinor[i];
      if (t.currency[i] == ccy && a < open && a >= open - fitter.fee(open, q)) {
        out.add(Fit.single(i, a, 0, open - a, W_BANK_CHARGE, Fit.Why.FEE, open - a));
      }
    }
  }

  private void foreign(int[] mine, int ccy, Query q, List<Fit> out) {
    for (int i : mine) {
      if (t.currency[i] != ccy) {
        Optional<Fit> f = fitter.fit(new int[] {i}, q);
        f.filter(x -> x.why == Fit.Why.FX).ifPresent(x -> out.add(x.weighted(W_FX)));
      }
    }
  }

  private void subsets(int[] mine, int ccy, long a, long day, List<Fit> out) {
    int[] pool = new int[Math.min(mine.length, settings.subsetMaxItems())];
    int size = 0;
    for (int k = 0; k < mine.length && size < pool.length; k++) {
      if (t.currency[mine[k]] == ccy) {
        pool[size++] = mine[k];
      }
    }
    pool = size == pool.length ? pool : Arrays.copyOf(pool, size);
    if (pool.length < 2) {
      return;
    }
    long[] gross = new long[pool.length];
    long[] net = new long[pool.length];
    boolean anyDiscount = false;
    for (int k = 0; k < pool.length; k++) {
      gross[k] = t.openMinor[pool[k]];
      net[k] = gross[k] - t.discountOn(pool[k], day);
      anyDiscount |= net[k] != gross[k];
    }
    addSubsets(pool, gross, a, false, day, out);
    if (out.isEmpty() && anyDiscount) {
      addSubsets(pool, net, a, true, day, out);
    }
  }

  private void addSubsets(int[] pool, long[] amounts, long a, boolean net, long day, List<Fit> out) {
    SubsetSum.Result res = SubsetSum.find(amounts, a, settings.subsetMaxSize());
    for (int[] s : res.solutions()) {
      int[] set = new int[s.length];
      for (int k = 0; k < s.length; k++) {
        set[k] = pool[s[k]];
      }
      set = t.byDue(set);
      long[] applied = new long[set.length];
      long[] disc = new long[set.length];
      for (int k = 0; k < set.length; k++) {
        disc[k] = net ? t.discountOn(set[k], day) : 0;
        applied[k] = t.openMinor[set[k]] - disc[k];
      }
      double w = W_SUBSET - 0.25 * (set.length - 2);
      out.add(new Fit(set, applied, disc, new long[set.length], 0, w, Fit.Why.SUBSET, 0, 0));
    }
  }
}
