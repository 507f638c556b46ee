package org.openar.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.LargestRemainder;
import org.openar.shared.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of exact money arithmetic: BigDecimal-backed Money vs long minor units (the baseline). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneyBenchmark {

  private final Money a = Money.of("1234.56", "CNY");
  private final Money b = Money.of("78.90", "CNY");
  private final long am = 123456L;
  private final long bm = 7890L;
  private final List<BigDecimal> weights = List.of(new BigDecimal("3"), new BigDecimal("5"), new BigDecimal("7"));

  @Benchmark
  public Money addMoney() {
    return a.plus(b);
  }

  @Benchmark
  public long addMinorUnitsBaseline() {
    return am + bm;
  }

  @Benchmark
  public List<Money> splitLargestRemainder() {
    return LargestRemainder.split(Money.ofMinor(am, CurrencyCode.CNY), weights);
  }
}
