package org.openar.integration;

import java.time.Instant;
import java.util.UUID;
import org.openar.customers.CompanyId;

/**
 * A named mapping a user saved (for one company, or for all when {@code companyId} is null), or a preset shipped with
 * OpenAR ({@code preset}: read-only, {@code owner} null, its id fixed) such as the IBM accounts-receivable sample.
 */
public record SavedMapping(UUID id, String name, ImportType type, CompanyId companyId, String owner, boolean preset,
    ColumnMapping mapping, Instant updatedAt) {}
