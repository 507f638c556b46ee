package org.openar.collections;

/** POSTED to the ledger; WAIVER_REQUESTED while a checker decides; WAIVED once reversed in the ledger. */
public enum ChargeStatus { POSTED, WAIVER_REQUESTED, WAIVED }
