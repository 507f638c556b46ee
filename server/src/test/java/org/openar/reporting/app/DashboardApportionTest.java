package org.openar.reporting.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openar.ledger.FxTable;
import org.openar.shared.money.CurrencyCode;

class DashboardApportionTest {

  static final CurrencyCode USD = CurrencyCode.of("USD");
  static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  @Test
  void bucketsAddUpToTheConvertedTotal() {
    FxTable t = new FxTable(CurrencyCode.CNY, DAY, Map.of(USD, new FxTable.Quote(new BigDecimal("7.12345"), false)));
    // 0.07 USD = 0.4986415 CNY and 10.01 USD = 71.3057345 CNY: rounded one by one 0.50 + 71.31 + 0.50 = 72.31,
    // but the total 10.15 USD = 72.3030175 CNY rounds to 72.30; the two largest remainders get the leftover cents
    assertThat(DashboardAssembler.apportion(new long[] {7, 1001, 7}, 7230, USD, CurrencyCode.CNY, t))
        .containsExactly(50, 7130, 50);
    // a negative bucket (unapplied cash): -39.5351475 + 0 + 71.3057345 = 31.770587 -> 31.77
    assertThat(DashboardAssembler.apportion(new long[] {-555, 0, 1001}, 3177, USD, CurrencyCode.CNY, t))
        .containsExactly(-3954, 0, 7131);
  }

  @Test
  void anInverseQuoteDividesAndTheBaseCurrencyIsLeftAlone() {
    FxTable t = new FxTable(CurrencyCode.CNY, DAY, Map.of(USD, new FxTable.Quote(new BigDecimal("0.14"), true)));
    // 1.00 USD / 0.14 = 7.142857.. CNY each; three of them 21.428571.. -> 21.43
    assertThat(DashboardAssembler.apportion(new long[] {100, 100, 100}, 2143, USD, CurrencyCode.CNY, t))
        .containsExactly(715, 714, 714);
    long[] cny = {1, 2, 3};
    assertThat(DashboardAssembler.apportion(cny, 6, CurrencyCode.CNY, CurrencyCode.CNY, t)).isSameAs(cny);
  }
}
