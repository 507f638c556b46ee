package org.openar.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;

class MoneyTest {

  @Test
  void scaleAlwaysEqualsTheCurrencyMinorDigits() {
    assertThat(Money.of("12.5", "CNY").amount()).isEqualByComparingTo("12.50").hasScaleOf(2);
    assertThat(Money.of("1200", "JPY").amount()).hasScaleOf(0);
    assertThat(Money.of("1.234", "KWD").amount()).hasScaleOf(3);
  }

  @Test
  void refusesToRoundSilently() {
    assertThatThrownBy(() -> Money.of("12.345", "CNY"))
        .isInstanceOf(OpenArException.class)
        .satisfies(e -> assertThat(((OpenArException) e).errorCode()).isEqualTo(SharedError.AMOUNT_SCALE));
    assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(OpenArException.class);
    assertThat(Money.of("12.3400", "CNY")).isEqualTo(Money.of("12.34", "CNY"));
  }

  @Test
  void unknownAndLowerCaseCurrenciesAreRejected() {
    assertThatThrownBy(() -> CurrencyCode.of("XYZ")).isInstanceOf(OpenArException.class);
    assertThatThrownBy(() -> CurrencyCode.of("cny")).isInstanceOf(OpenArException.class);
    assertThatThrownBy(() -> CurrencyCode.of("XAU")).isInstanceOf(OpenArException.class);
  }

  @Test
  void mixingCurrenciesThrows() {
    assertThatThrownBy(() -> Money.of("1.00", "CNY").plus(Money.of("1.00", "USD")))
        .isInstanceOf(OpenArException.class)
        .satisfies(e -> assertThat(((OpenArException) e).errorCode()).isEqualTo(SharedError.CURRENCY_MISMATCH));
  }

  @Test
  void lossyOperationsNameTheirRounding() {
    Money m = Money.of("10.05", "CNY");
    assertThat(m.times(new BigDecimal("0.5"), RoundingPolicy.CN_VAT_HALF_UP.mode())).isEqualTo(Money.of("5.03", "CNY"));
    assertThat(m.times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("5.02", "CNY"));
  }

  @Test
  void minorUnitsRoundTrip() {
    assertThat(Money.of("-1234.56", "CNY").minor()).isEqualTo(-123456L);
    assertThat(Money.ofMinor(123456L, CurrencyCode.CNY)).isEqualTo(Money.of("1234.56", "CNY"));
    assertThat(Money.parse("99 JPY").minor()).isEqualTo(99L);
  }

  @Test
  void rejectsNonDecimalText() {
    for (String bad : new String[] {"1e5", "", "12,50", "abc", " ", "1.2.3"}) {
      assertThatThrownBy(() -> Money.of(bad, "CNY")).as(bad).isInstanceOf(OpenArException.class);
    }
  }
}
