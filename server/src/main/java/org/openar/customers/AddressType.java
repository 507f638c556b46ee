package org.openar.customers;

/** A customer has at most one REGISTERED (legal) and one BILLING address, and any number of SHIPPING addresses. */
public enum AddressType { BILLING, SHIPPING, REGISTERED }
