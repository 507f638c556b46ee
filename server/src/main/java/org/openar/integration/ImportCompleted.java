package org.openar.integration;

import org.openar.customers.CompanyId;

/** A (non dry-run) import finished reading its file; the counts are final. Not published for FAILED jobs. */
public record ImportCompleted(ImportJobId jobId, CompanyId companyId, ImportType type, long accepted, long rejected,
    long alreadyPresent, long customersCreated) {}
