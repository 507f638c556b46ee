package org.openar.customers;

/**
 * ACTIVE trades normally; INACTIVE is no longer used (kept for history, never deleted); BLOCKED may not receive new
 * credit (a credit decision).
 */
public enum CustomerStatus { ACTIVE, INACTIVE, BLOCKED }
