package org.openar.cashapp.matching;

/** Largest-remainder split of minor units by weights, so the parts always add up to the whole. */
final class Split {

  private Split() {}

  static long[] largestRemainder(long total, long[] weights) {
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    long[] parts = new long[weights.length];
    if (sum == 0) {
      parts[parts.length - 1] = total;
      return parts;
    }
    long assigned = 0;
    java.math.BigInteger t = java.math.BigInteger.valueOf(total);
    java.math.BigInteger s = java.math.BigInteger.valueOf(sum);
    long[] rem = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      java.math.BigInteger[] qr = t.multiply(java.math.BigInteger.valueOf(weights[i])).divideAndRemainder(s);
      parts[i] = qr[0].longValue();
      rem[i] = qr[1].longValue();
      assigned += parts[i];
    }
    for (long left = total - assigned; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < rem.length; i++) {
        if (rem[i] > rem[best]) {
          best = i;
        }
      }
      parts[best]++;
      rem[best] = -1;
    }
    return parts;
  }
}
