package org.openar.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openar.shared.money.CurrencyCode;

/**
 * Monthly KPIs from per-period changes per currency: running sums give the balances at each period end (receivables,
 * open debits, overdue), each converted to the base currency at that period end, as are the period's flows; then DSO
 * by both methods, CEI and the overdue ratio per period. Plain arithmetic in minor units of the base currency.
 */
public final class TrendCalculator {

  /** Converts minor units of {@code currency} into minor units of the base currency at the end of {@code period}. */
  public interface Converter {
    long toBase(CurrencyCode currency, long minor, int period);
  }

  /** Changes per period (index = period) in one currency's minor units; see the ledger's PeriodActivity. */
  public record Series(long[] net, long[] sales, long[] cash, long[] debitPosted, long[] debitSettled,
      long[] overdue) {

    public static Series empty(int periods) {
      return new Series(new long[periods], new long[periods], new long[periods], new long[periods],
          new long[periods], new long[periods]);
    }
  }

  /** One period's figures in the base currency; {@code cleared} = receivables at the start + sales − at the end. */
  public record Point(int period, LocalDate end, long receivables, long openDebit, long overdue, long sales,
      long collected, long cleared, BigDecimal dsoStandard, BigDecimal dsoCountback, BigDecimal cei,
      BigDecimal overdueRatio) {}

  private TrendCalculator() {}

  /** The points of periods {@code firstShown}..last; earlier periods serve as the countback's history. */
  public static List<Point> compute(List<LocalDate> ends, Map<CurrencyCode, Series> byCurrency, Converter fx,
      int firstShown) {
    int n = ends.size();
    long[] ar = new long[n];
    long[] open = new long[n];
    long[] overdue = new long[n];
    long[] sales = new long[n];
    long[] cash = new long[n];
    long[] cleared = new long[n];
    for (Map.Entry<CurrencyCode, Series> e : byCurrency.entrySet()) {
      CurrencyCode ccy = e.getKey();
      Series s = e.getValue();
      long runAr = 0;
      long runOpen = 0;
      long runOverdue = 0;
      for (int k = 0; k < n; k++) {
        long before = runAr;
        runAr += s.net()[k];
        runOpen += s.debitPosted()[k] - s.debitSettled()[k];
        runOverdue += s.overdue()[k];
        ar[k] += fx.toBase(ccy, runAr, k);
        open[k] += fx.toBase(ccy, runOpen, k);
        overdue[k] += fx.toBase(ccy, runOverdue, k);
        sales[k] += fx.toBase(ccy, s.sales()[k], k);
        cash[k] += fx.toBase(ccy, s.cash()[k], k);
        cleared[k] += fx.toBase(ccy, before + s.sales()[k] - runAr, k);
      }
    }
    List<Point> points = new ArrayList<>();
    long[] days = new long[n];
    for (int k = 1; k < n; k++) {
      days[k] = ChronoUnit.DAYS.between(ends.get(k - 1), ends.get(k));
    }
    for (int k = Math.max(1, firstShown); k < n; k++) {
      points.add(new Point(k, ends.get(k), ar[k], open[k], overdue[k], sales[k], cash[k], cleared[k],
          Dso.standard(ar[k], sales[k], days[k]), Dso.countback(ar[k], sales, days, 1, k),
          Cei.percent(cleared[k], overdue[k]), ratio(overdue[k], open[k])));
    }
    return points;
  }

  /** {@code part ÷ whole} with 4 decimals, null when {@code whole} is not positive. */
  public static BigDecimal ratio(long part, long whole) {
    return whole <= 0 ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
  }
}
