package org.openar.disputes;

/** Why the customer contests an item; stable codes used in reports and by the full disputes workflow later. */
public enum DisputeReason {
  PRICE,
  QUANTITY,
  QUALITY,
  NOT_DELIVERED,
  DUPLICATE_BILLING,
  ALREADY_PAID,
  TAX_INVOICE,
  CONTRACT_TERMS,
  OTHER
}
