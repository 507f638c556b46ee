package org.openar.cashapp.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounded subset-sum: which combinations of at most {@code maxSize} of the given amounts add up exactly to a target.
 * Depth-first over the amounts in descending order with two prunings (the rest cannot reach the target; the next
 * amount overshoots), stopping at the second solution (two solutions make the answer ambiguous anyway) or after a node
 * budget, so that one receipt can never stall a run.
 */
final class SubsetSum {

  static final int NODE_BUDGET = 200_000;

  private final long[] amounts;
  private final int[] order;
  private final long[] suffix;
  private final int maxSize;
  private final List<int[]> solutions = new ArrayList<>(2);
  private final int[] chosen;
  private int nodes;
  private boolean exhausted;

  private SubsetSum(long[] amounts, int maxSize) {
    this.amounts = amounts;
    this.maxSize = maxSize;
    // descending by amount, ties by index (the order a stable sort gives): an insertion sort of at most ~64 items
    int[] o = new int[amounts.length];
    for (int i = 0; i < o.length; i++) {
      int j = i;
      while (j > 0 && amounts[o[j - 1]] < amounts[i]) {
        o[j] = o[j - 1];
        j--;
      }
      o[j] = i;
    }
    order = o;
    suffix = new long[o.length + 1];
    for (int i = o.length - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + amounts[o[i]];
    }
    chosen = new int[maxSize];
  }

  /** Up to two solutions (indexes into {@code amounts}); positive amounts only. Empty when none or out of budget. */
  static Result find(long[] amounts, long target, int maxSize) {
    SubsetSum s = new SubsetSum(amounts, maxSize);
    if (target > 0) {
      s.search(0, 0, target);
    }
    return new Result(s.solutions, s.exhausted);
  }

  /** The solutions found, and whether the search gave up before it was complete. */
  record Result(List<int[]> solutions, boolean exhausted) {}

  private void search(int from, int depth, long remaining) {
    if (solutions.size() >= 2 || exhausted) {
      return;
    }
    if (++nodes > NODE_BUDGET) {
      exhausted = true;
      return;
    }
    for (int k = from; k < order.length; k++) {
      if (suffix[k] < remaining) {
        return;
      }
      long a = amounts[order[k]];
      if (a > remaining || a <= 0) {
        continue;
      }
      chosen[depth] = order[k];
      if (a == remaining) {
        if (depth >= 1) {
          solutions.add(java.util.Arrays.copyOf(chosen, depth + 1));
        }
        if (solutions.size() >= 2) {
          return;
        }
      } else if (depth + 1 < maxSize) {
        search(k + 1, depth + 1, remaining - a);
      }
    }
  }
}
