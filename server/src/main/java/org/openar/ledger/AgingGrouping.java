package org.openar.ledger;

/** What one row of an aging summary stands for, besides its currency: a customer, a company, or the whole ledger. */
public enum AgingGrouping {
  CUSTOMER,
  COMPANY,
  CURRENCY
}
