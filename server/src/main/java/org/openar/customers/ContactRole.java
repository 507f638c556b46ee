package org.openar.customers;

/** What a contact does for the customer; collections address reminders by role (billing and AP first). */
public enum ContactRole { BILLING, ACCOUNTS_PAYABLE, FINANCE_MANAGER, CEO, PURCHASING, LEGAL, OTHER }
