package org.openar.ledger;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of open items. Debits: INVOICE, FEE, INTEREST. Credits: CREDIT_NOTE, PAYMENT (a receipt), ADVANCE (预收, an
 * advance receipt), and the system types DISCOUNT (an early-payment discount taken) and WRITE_OFF, which the ledger
 * creates itself. REVERSAL is the system counter-entry of a reversed item and sits on the opposite side of it.
 */
public enum ItemType {
  INVOICE(Side.DEBIT),
  FEE(Side.DEBIT),
  INTEREST(Side.DEBIT),
  CREDIT_NOTE(Side.CREDIT),
  PAYMENT(Side.CREDIT),
  ADVANCE(Side.CREDIT),
  DISCOUNT(Side.CREDIT),
  WRITE_OFF(Side.CREDIT),
  REVERSAL(null);

  /** Types only the ledger itself creates; they cannot be posted from outside. */
  public static final Set<ItemType> SYSTEM = EnumSet.of(DISCOUNT, WRITE_OFF, REVERSAL);
  /** Receipts of money: recorded and reversed by cash roles, and the only credits that earn early-payment discounts. */
  public static final Set<ItemType> CASH = EnumSet.of(PAYMENT, ADVANCE);

  private final Side side;

  ItemType(Side side) {
    this.side = side;
  }

  /** The side of every item of this type; null for REVERSAL, whose side is the opposite of the item it reverses. */
  public Side side() {
    return side;
  }

  public boolean isSystem() {
    return SYSTEM.contains(this);
  }

  public boolean isCash() {
    return CASH.contains(this);
  }
}
