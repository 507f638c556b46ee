package org.openar.collections.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openar.collections.AssignmentRule;
import org.openar.customers.CompanyId;
import org.openar.customers.Tier;

/** Which collector works a customer: its override, else the most specific matching rule, then the lowest priority. */
public final class Assignment {

  private Assignment() {}

  public static Optional<UUID> collectorFor(UUID override, CompanyId company, Tier tier, String region,
      UUID salesRep, List<AssignmentRule> rules) {
    if (override != null) {
      return Optional.of(override);
    }
    return rules.stream()
        .filter(r -> r.companyId() == null || r.companyId().equals(company))
        .filter(r -> r.tier() == null || r.tier() == tier)
        .filter(r -> r.region() == null || r.region().equalsIgnoreCase(Objects.toString(region, "")))
        .filter(r -> r.salesRepId() == null || r.salesRepId().equals(salesRep))
        .min(Comparator.comparingInt(AssignmentRule::specificity).reversed()
            .thenComparingInt(AssignmentRule::priority))
        .map(AssignmentRule::collectorId);
  }
}
