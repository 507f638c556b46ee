package org.openar.customers;

/** Where a payer-name alias came from: typed by a clerk, learned from a manual cash match, or imported. */
public enum AliasSource { MANUAL, LEARNED, IMPORT }
