package org.openar.collections;

/** The ways a contact can opt out of being reached: e-mail, SMS, letters, phone calls. */
public enum ContactChannel { EMAIL, SMS, LETTER, PHONE }
