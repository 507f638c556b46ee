package org.openar.reporting;

import java.time.Instant;
import java.time.YearMonth;
import org.openar.customers.CompanyId;
import org.openar.shared.money.Money;

/** How much cash a company means to collect in a month, in its base currency. */
public record CollectionTarget(CompanyId companyId, YearMonth month, Money amount, Instant updatedAt,
    String updatedBy) {}
