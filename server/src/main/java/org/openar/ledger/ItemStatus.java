package org.openar.ledger;

/**
 * OPEN: some amount is still open. CLEARED: fully allocated (can re-open when an allocation is undone). REVERSED:
 * cancelled by a counter-entry; both the reversed item and its {@link ItemType#REVERSAL} entry carry it, and it is final.
 */
public enum ItemStatus { OPEN, CLEARED, REVERSED }
