package org.openar.shared.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an amount into parts proportional to weights so that the parts always add up to the whole (Hamilton /
 * largest-remainder method): each part gets the floor of its exact share in minor units, and the leftover minor units
 * go one each to the parts with the largest remainders (ties to the earlier part).
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  public static List<Money> split(Money total, List<BigDecimal> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("at least one weight is needed");
    }
    BigDecimal weightSum = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weights must not be negative");
      }
      weightSum = weightSum.add(w);
    }
    if (weightSum.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    long totalMinor = total.minor();
    long sign = Long.signum(totalMinor);
    BigInteger absTotal = BigInteger.valueOf(Math.abs(totalMinor));
    BigDecimal[] exact = new BigDecimal[weights.size()];
    for (int i = 0; i < exact.length; i++) {
      exact[i] = new BigDecimal(absTotal).multiply(weights.get(i)).divide(weightSum, 20, RoundingMode.DOWN);
    }
    long[] parts = round(exact, absTotal.longValueExact());
    List<Money> result = new ArrayList<>(parts.length);
    for (long p : parts) {
      result.add(Money.ofMinor(sign * p, total.currency()));
    }
    return result;
  }

  /**
   * Whole minor units for exact (possibly negative) shares that must add up to {@code total}: each share gets its
   * floor, and the units left over go one each to the shares with the largest remainders (ties to the earlier share);
   * should the floors already exceed the total, the shares with the smallest remainders give one back.
   */
  public static long[] round(BigDecimal[] exactMinor, long total) {
    int n = exactMinor.length;
    long[] parts = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal floor = exactMinor[i].setScale(0, RoundingMode.FLOOR);
      parts[i] = floor.longValueExact();
      remainders[i] = exactMinor[i].subtract(floor);
      assigned += parts[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = remainders[b].compareTo(remainders[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    long left = total - assigned;
    for (int k = 0; left > 0; k++, left--) {
      parts[order[k % n]]++;
    }
    for (int k = n - 1; left < 0; k--, left++) {
      parts[order[Math.floorMod(k, n)]]--;
    }
    return parts;
  }

  /** Splits into {@code count} equal parts; earlier parts take the extra minor units. */
  public static List<Money> splitEvenly(Money total, int count) {
    List<BigDecimal> weights = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      weights.add(BigDecimal.ONE);
    }
    return split(total, weights);
  }
}
