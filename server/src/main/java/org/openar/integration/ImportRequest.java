package org.openar.integration;

import org.openar.customers.CompanyId;

/**
 * One import. {@code companyId} may be null when exactly one company exists. {@code encoding} (CSV only) null means
 * detect: a byte-order mark, else UTF-8 when the whole file is valid UTF-8, else GB18030 (a superset of GBK and GB2312,
 * what Chinese Excel and ERP exports use). {@code sheet} (xlsx only): a sheet name or null for the first sheet.
 * {@code dryRun} runs everything, then rolls every chunk back: the result says what an import would do.
 */
public record ImportRequest(ImportType type, CompanyId companyId, ColumnMapping mapping, String encoding, String sheet,
    boolean dryRun) {}
