package org.openar.collections.domain;

import org.openar.collections.StrategyStep;

/**
 * Where one item stands on one channel: days past due, the level it has reached (by days, or the next step after a
 * broken promise), the level it was dunned at, and whether that reach comes from its days alone.
 */
record ItemStanding(OpenItem item, long days, int reached, int reachedByDays, int done, boolean disputed,
    boolean promised, boolean placed, boolean escalated) {

  /** Why the item stays out of a communication at {@code step}, or null when it is included. */
  String exclusion(StrategyStep step) {
    if (placed) {
      return "PLACED";
    }
    if (disputed && step.skipDisputed()) {
      return "DISPUTED";
    }
    if (promised && step.skipPromised()) {
      return "PROMISED";
    }
    return null;
  }

  boolean triggers(int level) {
    return reached >= level && done < level;
  }
}
