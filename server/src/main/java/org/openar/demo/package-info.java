/**
 * Demo data: {@code serve --demo} seeds a realistic company (customers, invoices over 18 months, receipts, credit notes,
 * disputes, users for every role, the collector's assignment) through the other modules' facades, once, on an empty database. Publishes and
 * consumes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
    allowedDependencies = {"shared", "audit", "identity", "customers", "ledger", "invoicing", "disputes", "collections"})
package org.openar.demo;
