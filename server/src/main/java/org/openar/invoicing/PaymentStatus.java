package org.openar.invoicing;

/**
 * How much of an issued invoice is settled (by payments, credit notes, discounts, write-offs), from the ledger's open
 * amounts of its installments: OPEN (nothing yet), PARTIALLY_SETTLED, SETTLED (nothing open).
 */
public enum PaymentStatus {
  OPEN,
  PARTIALLY_SETTLED,
  SETTLED
}
