/**
 * Customers: companies (legal entities), the customer master with contacts, addresses, bank accounts, payer-name
 * aliases, tier, credit limit, payment terms and sales rep. Publishes CustomerCreated, CustomerChanged; consumes
 * nothing. Uses identity to check that a customer's sales rep is a user with the SALES_REP role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers",
    allowedDependencies = {"shared", "audit", "identity"})
package org.openar.customers;
