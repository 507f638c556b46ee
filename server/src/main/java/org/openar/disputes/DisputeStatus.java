package org.openar.disputes;

/** OPEN while the item is contested (it leaves dunning), RESOLVED once decided; a resolved dispute is final. */
public enum DisputeStatus { OPEN, RESOLVED }
