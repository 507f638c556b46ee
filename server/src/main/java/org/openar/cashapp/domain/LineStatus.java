package org.openar.cashapp.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a statement line stands. NEW, SUGGESTED and UNMATCHED are the exception queue; MATCHED and ON_ACCOUNT lines
 * have an active posting; NON_AR lines were set aside by a person with a reason; NOT_RECEIPT (debits, zero amounts)
 * and DUPLICATE (an entry imported before with another statement) are never posted.
 */
public enum LineStatus {
  NEW, SUGGESTED, UNMATCHED, MATCHED, ON_ACCOUNT, NON_AR, NOT_RECEIPT, DUPLICATE;

  public static final Set<LineStatus> QUEUE = EnumSet.of(NEW, SUGGESTED, UNMATCHED);
  public static final Set<LineStatus> RESOLVED = EnumSet.of(MATCHED, ON_ACCOUNT, NON_AR);

  public boolean queued() {
    return QUEUE.contains(this);
  }

  public boolean resolved() {
    return RESOLVED.contains(this);
  }
}
