package org.openar.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openar.shared.money.CurrencyCode;

class DsoAndCeiTest {

  @Test
  void standardDsoIsReceivablesOverSalesTimesDays() {
    assertThat(Dso.standard(150_000, 100_000, 30)).isEqualByComparingTo("45.0");
    assertThat(Dso.standard(100, 300, 31)).isEqualByComparingTo("10.3");
    assertThat(Dso.standard(100, 0, 30)).isNull();
    assertThat(Dso.standard(100, -5, 30)).isNull();
  }

  @Test
  void countbackExplainsReceivablesByTheLatestSalesFirst() {
    long[] sales = {0, 80_000, 100_000};
    long[] days = {0, 31, 30};
    // 1,500 = 1,000 of the last month (30 days) + 500 of 800 of the month before (31 × 5/8 = 19.375 days)
    assertThat(Dso.countback(150_000, sales, days, 1, 2)).isEqualByComparingTo("49.4");
    assertThat(Dso.countback(100_000, sales, days, 1, 2)).isEqualByComparingTo("30.0");
    assertThat(Dso.countback(50_000, sales, days, 1, 2)).isEqualByComparingTo("15.0");
    assertThat(Dso.countback(0, sales, days, 1, 2)).isEqualByComparingTo("0.0");
    assertThat(Dso.countback(-10, sales, days, 1, 2)).isEqualByComparingTo("0.0");
  }

  @Test
  void countbackSkipsMonthsWithoutSalesAndStopsAtTheEndOfHistory() {
    long[] sales = {0, 100, -20, 0};
    long[] days = {0, 31, 28, 31};
    // the last two months sold nothing (net): all their days count; then 50 of 100
    assertThat(Dso.countback(50, sales, days, 1, 3)).isEqualByComparingTo("74.5");
    // more receivables than all the history explains: the days of the whole history, a lower bound
    assertThat(Dso.countback(1_000, sales, days, 1, 3)).isEqualByComparingTo("90.0");
  }

  @Test
  void ceiIsTheClearedShareOfWhatWasCollectible() {
    assertThat(Cei.percent(2_000, 2_000)).isEqualByComparingTo("50.0");
    assertThat(Cei.percent(500, 0)).isEqualByComparingTo("100.0");
    assertThat(Cei.percent(0, 3_000)).isEqualByComparingTo("0.0");
    assertThat(Cei.percent(0, 0)).isNull();
  }

  @Test
  void theTrendRunsBalancesPerCurrencyAndConvertsAtEachPeriodEnd() {
    List<LocalDate> ends = List.of(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-28"),
        LocalDate.parse("2026-03-15"));
    CurrencyCode cny = CurrencyCode.CNY;
    CurrencyCode usd = CurrencyCode.USD;
    TrendCalculator.Series c = new TrendCalculator.Series(new long[] {1_000, 500, -300},
        new long[] {1_000, 800, 0}, new long[] {0, 300, 300}, new long[] {1_000, 800, 0}, new long[] {0, 300, 300},
        new long[] {0, 1_000, -300});
    TrendCalculator.Series u = new TrendCalculator.Series(new long[] {0, 100, 0}, new long[] {0, 100, 0},
        new long[3], new long[] {0, 100, 0}, new long[3], new long[3]);
    // USD at 7 in February, 8 in March: balances are converted at each end, not summed from converted changes
    TrendCalculator.Converter fx = (ccy, minor, k) -> ccy.equals(cny) ? minor : minor * (k == 1 ? 7 : 8);
    List<TrendCalculator.Point> points = TrendCalculator.compute(ends, Map.of(cny, c, usd, u), fx, 1);

    assertThat(points).hasSize(2);
    TrendCalculator.Point feb = points.get(0);
    assertThat(List.of(feb.receivables(), feb.openDebit(), feb.overdue(), feb.sales(), feb.collected(),
        feb.cleared())).containsExactly(1_500L + 700, 1_500L + 700, 1_000L, 800L + 700, 300L, 300L);
    assertThat(feb.dsoStandard()).isEqualByComparingTo(new BigDecimal("41.1")); // 2200 / 1500 × 28
    TrendCalculator.Point mar = points.get(1);
    assertThat(mar.receivables()).isEqualTo(1_200 + 800);
    assertThat(mar.cleared()).isEqualTo(300);
    assertThat(mar.cei()).isEqualByComparingTo("30.0"); // 300 / (300 + 700)
    assertThat(mar.overdueRatio()).isEqualByComparingTo("0.3500"); // 700 / 2000
    assertThat(mar.dsoStandard()).isNull();
    // 2000: March sold nothing (15 days), February 1500 (28 days); period 0 is "everything before", not a month,
    // so the countback stops there with 500 unexplained: 43 days, a lower bound
    assertThat(mar.dsoCountback()).isEqualByComparingTo("43.0");
  }
}
