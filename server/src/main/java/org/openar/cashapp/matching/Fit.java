package org.openar.cashapp.matching;

import java.util.List;

/**
 * How a receipt's amount clears a set of items, in minor units: {@code applied} in the receipt's currency,
 * {@code discount} and {@code writeOff} in the items' currency, and what is left for the customer's account.
 */
record Fit(int[] items, long[] applied, long[] discount, long[] writeOff, long onAccount, double weight,
    List<Reason> reasons) {

  static Fit single(int item, long applied, long discount, long writeOff, double weight, Reason reason) {
    return new Fit(new int[] {item}, new long[] {applied}, new long[] {discount}, new long[] {writeOff}, 0, weight,
        List.of(reason));
  }
}
