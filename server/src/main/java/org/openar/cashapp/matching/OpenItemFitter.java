package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fits a receipt that names no invoice against a known customer's open items: one item exactly, net of its discount,
 * short by a bank fee, in another currency, several items by bounded subset-sum, or several neighbouring items short
 * by a bank fee. Every fitting alternative is returned, so two items of the same amount come back as two fits and the
 * line is ambiguous.
 */
final class OpenItemFitter {

  static final double W_EXACT = 3.5;
  static final double W_DISCOUNT = 3.0;
  /** The most a fee shortfall found by amount alone is worth (below a referenced fee fit, see AmountFitter). */
  static final double W_BANK_CHARGE_MAX = 2.0;
  /**
   * Taken off the chance evidence of a fee shortfall found by amount alone: payments that are no fee payment at all
   * (advances, partial payments without a reference) are more common than fee shortfalls without one. (Chosen on the
   * 20,000-line benchmark run with seed 2: margins 2, 1 and 0 gave 17,626 / 17,639 / 17,647 correct AUTO lines with
   * 4 / 4 / 7 wrong ones; 1 is the last before partial payments start landing in fee windows. docs/benchmarks.md.)
   */
  static final double SHORTFALL_LOG_ODDS_MARGIN = 1.0;
  static final double W_FX = 2.0;
  static final double W_SUBSET = 3.0;
  static final double CHANCE_MARGIN = 3.0;

  private final ItemTable t;
  private final MatchSettings settings;
  private final AmountFitter fitter;

  OpenItemFitter(ItemTable t, MatchSettings settings, AmountFitter fitter) {
    this.t = t;
    this.settings = settings;
    this.fitter = fitter;
  }

  /**
   * The fits of the receipt against the customer's open items. {@code named}: the receipt's references name some
   * invoice (this customer's or another's), so an amount-only reading that needs several items and a shortfall (a
   * fee-short run) is not tried: the reference says which invoices are meant, and an overpayment of the named one,
   * or a third party's partial payment of another customer's invoice, would otherwise fall into the window of a run.
   */
  List<Fit> fits(int customer, Query q, boolean named) {
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
    if (out.isEmpty() || out.get(0).why == Fit.Why.FEE) {
      // a shortfall on one item does not hide invoices adding up to the amount exactly: both are proposed
      subsets(mine, ccy, a, day, out);
      exactRunOutweighsFees(mine, q, out);
    }
    if (out.isEmpty() && !named) {
      feeShortRuns(mine, ccy, a, q, out);
    }
    return out;
  }

  /**
   * Several invoices paid in one amount short by a bank fee, no reference: runs of two to the size limit of items
   * that are neighbours by due date (customers pay in due-date order: the oldest ones, or the next ones after earlier
   * payments) whose total exceeds the amount by no more than the fee tolerance on that total. Each such run is a fit
   * whose shortfall is written off on the item due last, worth what chance leaves of it ({@link #feeWeight} with
   * every run's window counted: an unrelated amount falls into one of R windows of {@code tol} with a chance of
   * about R x tol / amount). Two runs whose windows both hold the amount come back as two fits: ambiguous. Only
   * tried when nothing else fits, so an exact sum, a discount or a single item's fee window always comes first.
   */
  private void feeShortRuns(int[] mine, int ccy, long a, Query q, List<Fit> out) {
    int limit = settings.subsetMaxItems();
    int[] pool = new int[Math.min(mine.length, limit)];
    int n = 0;
    for (int k = 0; k < mine.length && n < pool.length; k++) {
      if (t.currency[mine[k]] == ccy) {
        pool[n++] = mine[k];
      }
    }
    int maxSize = Math.min(n, settings.subsetMaxSize());
    if (maxSize < 2) {
      return;
    }
    int runs = 0;
    for (int size = 2; size <= maxSize; size++) {
      runs += n - size + 1;
    }
    for (int start = 0; start + 1 < n; start++) {
      long sum = t.openMinor[pool[start]];
      for (int size = 2; size <= maxSize && start + size <= n; size++) {
        sum += t.openMinor[pool[start + size - 1]];
        if (sum <= a) {
          continue;
        }
        long tol = fitter.fee(sum, q);
        if (a < sum - tol) {
          continue;
        }
        int[] set = Arrays.copyOfRange(pool, start, start + size);
        long[] applied = new long[size];
        long[] writeOff = new long[size];
        for (int k = 0; k < size; k++) {
          applied[k] = t.openMinor[set[k]];
        }
        applied[size - 1] -= sum - a;
        writeOff[size - 1] = sum - a;
        out.add(new Fit(set, applied, new long[size], writeOff, 0, feeWeight(a, runs, tol), Fit.Why.FEE, sum - a, 0));
      }
    }
  }

  /**
   * A run of consecutive invoices adding up to the amount to the cent against a shortfall within the fee tolerance
   * of one invoice: an unrelated amount hits one exact sum with a chance of one in the amount (minor units), a fee
   * window with a chance of its width in it, so the window reading is worth the log of its width less (a shortfall
   * of up to 50.00 is 5,000 cents: about 8.5). Fee readings stay among the alternatives, ranked below. Combinations
   * that are not consecutive are left as they are: there are too many of them for an exact sum to say as much.
   */
  private void exactRunOutweighsFees(int[] mine, Query q, List<Fit> out) {
    boolean run = false;
    for (Fit f : out) {
      run |= f.why == Fit.Why.SUBSET && consecutive(mine, q.currency, f.items);
    }
    if (!run) {
      return;
    }
    for (int k = 0; k < out.size(); k++) {
      Fit f = out.get(k);
      if (f.why == Fit.Why.FEE) {
        long tol = fitter.fee(t.openMinor[f.items[0]], q);
        out.set(k, f.weighted(f.weight - Math.log(Math.max(2, tol))));
      }
    }
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
    int same = 0;
    for (int i : mine) {
      same += t.currency[i] == ccy ? 1 : 0;
    }
    for (int i : mine) {
      long open = t.openMinor[i];
      long tol = fitter.fee(open, q);
      if (t.currency[i] == ccy && a < open && a >= open - tol) {
        out.add(Fit.single(i, a, 0, open - a, feeWeight(a, same, tol), Fit.Why.FEE, open - a));
      }
    }
  }

  /**
   * What a shortfall within the fee tolerance of one of {@code windows} candidates says when no reference names it:
   * an amount that is not a fee payment (an advance, a partial payment) falls into one of the windows, each
   * {@code tol} minor units wide, with a chance of about {@code windows * tol / amount} (amounts spread evenly on a
   * log scale). The log of the inverse of that chance less {@link #SHORTFALL_LOG_ODDS_MARGIN}, capped at
   * {@link #W_BANK_CHARGE_MAX}, is the evidence: a small payment against many open items (a wide window relative to
   * the amount) counts against the fit and is left to a person.
   */
  static double feeWeight(long amount, int windows, long tol) {
    if (tol <= 0 || windows <= 0) {
      return W_BANK_CHARGE_MAX;
    }
    double chance = (double) windows * tol / Math.max(1, amount);
    return Math.min(W_BANK_CHARGE_MAX, -Math.log(chance) - SHORTFALL_LOG_ODDS_MARGIN);
  }

  /** Whether {@code set} (oldest due first) are neighbours among the customer's items in currency {@code ccy}. */
  private boolean consecutive(int[] mine, int ccy, int[] set) {
    int at = -1;
    int k = 0;
    for (int i : mine) {
      if (t.currency[i] != ccy) {
        continue;
      }
      at++;
      if (k < set.length && i == set[k]) {
        k++;
      } else if (k > 0 && k < set.length) {
        return false; // a gap inside the set
      }
    }
    return k == set.length && at >= 0;
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
    int before = out.size();
    addSubsets(pool, gross, a, false, day, out);
    if (out.size() == before && anyDiscount) {
      addSubsets(pool, net, a, true, day, out);
    }
  }

  private void addSubsets(int[] pool, long[] amounts, long a, boolean net, long day, List<Fit> out) {
    List<int[]> solutions = new ArrayList<>(SubsetSum.find(amounts, a, settings.subsetMaxSize()).solutions());
    int[] run = consecutivePaid(amounts, a);
    if (run != null && solutions.stream().noneMatch(x -> isRun(x, run))) {
      solutions.add(0, run);
    }
    for (int[] s : solutions) {
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
      // a run of consecutive items is as specific as one exact amount whatever its length (a handful of runs could
      // match, not thousands of combinations); any other combination is worth what chance leaves of it
      double w = isRun(s, run) ? W_SUBSET : Math.min(W_SUBSET - 0.25 * (set.length - 2), chanceWeight(pool.length, a));
      out.add(new Fit(set, applied, disc, new long[set.length], 0, w, Fit.Why.SUBSET, 0, 0));
    }
  }

  /**
   * How much an exact sum of some of the customer's items says when they are not consecutive by due date: with twenty
   * open items there are some sixty thousand combinations of two to six, so a payment of a few thousand can equal
   * one by chance (an advance, a payment on account). The log of the inverse of the expected number of chance
   * matches (combinations / amount in minor units), less a margin of 3 (twenty to one), is the evidence left.
   */
  private double chanceWeight(int poolSize, long amount) {
    double combinations = 0;
    for (int k = 2; k <= Math.min(poolSize, settings.subsetMaxSize()); k++) {
      combinations += binomial(poolSize, k);
    }
    return Math.log(Math.max(1, amount) / combinations) - CHANCE_MARGIN;
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  /**
   * Customers pay their invoices in due-date order, so a run of consecutive items (the oldest ones, or the next ones
   * after earlier payments) adding up to {@code a} is the natural reading: the first such run (two to the size
   * limit, shortest first), as pool indexes, or null.
   */
  private int[] consecutivePaid(long[] amounts, long a) {
    for (int size = 2; size <= Math.min(amounts.length, settings.subsetMaxSize()); size++) {
      long sum = 0;
      for (int k = 0; k < amounts.length; k++) {
        sum += amounts[k] - (k >= size ? amounts[k - size] : 0);
        if (k >= size - 1 && sum == a) {
          int[] run = new int[size];
          for (int j = 0; j < size; j++) {
            run[j] = k - size + 1 + j;
          }
          return run;
        }
      }
    }
    return null;
  }

  private static boolean isRun(int[] solution, int[] run) {
    if (run == null || solution.length != run.length) {
      return false;
    }
    int[] sorted = solution.clone();
    Arrays.sort(sorted);
    return Arrays.equals(sorted, run);
  }
}
