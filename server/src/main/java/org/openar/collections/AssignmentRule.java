package org.openar.collections;

import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.Tier;

/**
 * Which collector works which customers: every non-null criterion must match (company, tier, sales region, sales rep).
 * The most specific matching rule wins, then the lowest {@code priority}; a customer's own collector override beats
 * every rule.
 */
public record AssignmentRule(UUID id, CompanyId companyId, Tier tier, String region, UUID salesRepId, UUID collectorId,
    int priority) {

  public int specificity() {
    return (companyId == null ? 0 : 1) + (tier == null ? 0 : 1) + (region == null ? 0 : 1)
        + (salesRepId == null ? 0 : 1);
  }
}
