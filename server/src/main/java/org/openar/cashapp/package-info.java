/**
 * Cash application: the company's house bank accounts, bank-statement import (camt.052/053/054, MT940/942, BAI2,
 * CSV/xlsx) by upload, REST, CLI and watched folder with duplicate recognition, the matching engine run against the
 * database, automatic posting of confident matches to the ledger (one transaction per line: receipt, allocations,
 * discounts, bank-fee write-offs, remainder on account), the exception queue with ranked suggestions, manual matching
 * that teaches payer aliases, reversal; and the offline {@code openar match} / {@code openar bench cashapp} commands.
 * Publishes StatementImported; consumes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cash application",
    allowedDependencies = {"shared", "audit", "customers", "ledger"})
package org.openar.cashapp;
