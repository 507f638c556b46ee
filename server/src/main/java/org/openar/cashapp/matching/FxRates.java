package org.openar.cashapp.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reference exchange rates for recognising payments in another currency (1 unit of {@code from} = rate {@code to}). */
public final class FxRates {

  public static final FxRates NONE = new FxRates(Map.of());

  private final Map<String, BigDecimal> rates;

  private FxRates(Map<String, BigDecimal> rates) {
    this.rates = rates;
  }

  public static FxRates of(Map<String, BigDecimal> fromSlashTo) {
    Map<String, BigDecimal> all = new HashMap<>(fromSlashTo);
    fromSlashTo.forEach((pair, rate) -> {
      String[] p = pair.split("/");
      all.putIfAbsent(p[1] + "/" + p[0], BigDecimal.ONE.divide(rate, MathContext.DECIMAL64));
    });
    return new FxRates(Map.copyOf(all));
  }

  public Optional<BigDecimal> rate(String from, String to) {
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    return Optional.ofNullable(rates.get(from + "/" + to));
  }
}
