package org.openar.collections;

/** How the customer made the promise. */
public enum PromiseChannel { PHONE, EMAIL, LETTER, IN_PERSON, PORTAL, OTHER }
