package org.openar.cashapp.app;

import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.customers.CompanyId;

/**
 * A statement file to import. {@code format} null: detected from the content. {@code accountId}: the house account
 * the file is for (required for CSV/xlsx without an account column; its saved column mapping applies), else every
 * statement's own account decides. {@code company}: only accounts of this company are accepted (a company's watched
 * folder). {@code channel}: API, CLI or FOLDER.
 */
public record ImportRequest(String source, byte[] bytes, StatementFormat format, HouseAccountId accountId,
    CompanyId company, String channel) {}
