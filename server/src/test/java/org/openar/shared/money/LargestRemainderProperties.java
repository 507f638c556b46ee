package org.openar.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LargestRemainderProperties {

  @Property(tries = 2000)
  void partsAlwaysSumToTheWhole(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long minor,
      @ForAll @Size(min = 1, max = 24) List<@IntRange(min = 0, max = 1000) Integer> weights) {
    if (weights.stream().allMatch(w -> w == 0)) {
      return;
    }
    Money total = Money.ofMinor(minor, CurrencyCode.CNY);
    List<Money> parts = LargestRemainder.split(total, weights.stream().map(BigDecimal::valueOf).toList());
    assertThat(parts).hasSize(weights.size());
    assertThat(parts.stream().reduce(Money.zero(CurrencyCode.CNY), Money::plus)).isEqualTo(total);
    for (int i = 0; i < parts.size(); i++) {
      // no part strays more than one minor unit from its exact share
      BigDecimal exact = BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(weights.get(i)))
          .divide(BigDecimal.valueOf(weights.stream().mapToLong(Integer::longValue).sum()), 10, java.math.RoundingMode.HALF_EVEN);
      assertThat(BigDecimal.valueOf(parts.get(i).minor()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
    }
  }

  @Test
  void threeEqualInstallmentsOfOneHundred() {
    assertThat(LargestRemainder.splitEvenly(Money.of("100.00", "CNY"), 3))
        .containsExactly(Money.of("33.34", "CNY"), Money.of("33.33", "CNY"), Money.of("33.33", "CNY"));
  }
}
