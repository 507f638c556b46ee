package org.openar.disputes;

/**
 * How a dispute ended: the customer was right (a credit note or correction follows), the claim was rejected (the
 * item is due as invoiced), both sides settled on a compromise, or the customer withdrew the claim.
 */
public enum DisputeOutcome { CUSTOMER_RIGHT, REJECTED, SETTLED, WITHDRAWN }
