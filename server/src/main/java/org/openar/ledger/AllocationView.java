package org.openar.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.openar.shared.money.Money;

/**
 * One row of the allocation history. An ALLOCATION applies {@code amount} of the credit item to the debit item from
 * {@code effectiveDate} on; an UNALLOCATION undoes the allocation {@code undoes} from its own effective date on. Rows are
 * never changed or deleted, so the state at any date can be replayed. {@code linkedTo} ties a discount allocation to
 * the payment allocation that earned it.
 */
public record AllocationView(
    AllocationId id,
    Kind kind,
    ItemId creditItemId,
    ItemId debitItemId,
    Money amount,
    LocalDate effectiveDate,
    AllocationId undoes,
    AllocationId undoneBy,
    AllocationId linkedTo,
    String note,
    Instant createdAt,
    String createdBy) {

  public enum Kind { ALLOCATION, UNALLOCATION }

  /** Whether this is an allocation that has not been undone. */
  public boolean active() {
    return kind == Kind.ALLOCATION && undoneBy == null;
  }
}
