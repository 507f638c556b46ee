/**
 * Customers: companies (legal entities), the customer master with contacts, addresses, bank accounts, payer-name
 * aliases, tier, credit limit, payment terms and sales rep. Publishes CustomerCreated, CustomerChanged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers", allowedDependencies = {"shared", "audit", "identity"})
package org.openar.customers;
