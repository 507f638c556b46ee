package org.openar.ledger;

/**
 * Which side of the customer's account an item sits on: debits (invoices, fees, interest) are what the customer owes,
 * credits (payments, credit notes, advances, discounts, write-offs) reduce it. Stored as {@code 'D'} / {@code 'C'}.
 */
public enum Side {
  DEBIT("D", 1),
  CREDIT("C", -1);

  private final String code;
  private final int sign;

  Side(String code, int sign) {
    this.code = code;
    this.sign = sign;
  }

  /** The one-letter database code. */
  public String code() {
    return code;
  }

  /** +1 for debits, -1 for credits: the sign an item's amount carries in a customer's net balance. */
  public int sign() {
    return sign;
  }

  public Side opposite() {
    return this == DEBIT ? CREDIT : DEBIT;
  }

  public static Side ofCode(String code) {
    return "D".equals(code) ? DEBIT : CREDIT;
  }
}
