package org.openar.cashapp;

import org.openar.customers.CompanyId;

/**
 * A bank statement was stored (before matching): {@code credits} receipts among {@code lines} movements, of which
 * {@code duplicateEntries} had been imported before with another statement and are not posted again.
 */
public record StatementImported(StatementId statementId, CompanyId companyId, HouseAccountId accountId, String account,
    int lines, int credits, int duplicateEntries) {}
