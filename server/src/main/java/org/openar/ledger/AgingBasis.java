package org.openar.ledger;

import java.time.LocalDate;

/**
 * Which date an item ages from. Debits age from their due date or their document (invoice) date; credits (unapplied
 * cash, credit notes) always age from their value date, since they have no due date.
 */
public enum AgingBasis {
  DUE_DATE,
  DOCUMENT_DATE;

  public LocalDate dateOf(Side side, LocalDate documentDate, LocalDate dueDate, LocalDate valueDate) {
    if (side == Side.CREDIT) {
      return valueDate;
    }
    return this == DUE_DATE ? dueDate : documentDate;
  }

  public LocalDate dateOf(ItemView item) {
    return dateOf(item.side(), item.documentDate(), item.dueDate(), item.valueDate());
  }
}
