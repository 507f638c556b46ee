package org.openar.collections;

/** A one-off LATE_FEE per overdue invoice, or INTEREST charged per calendar month. */
public enum ChargeKind { LATE_FEE, INTEREST }
