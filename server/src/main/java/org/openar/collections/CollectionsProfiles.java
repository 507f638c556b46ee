package org.openar.collections;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.ContactId;
import org.openar.customers.CustomerId;

/**
 * Per-customer collections settings and per-company contact rules. Every change is audited; settings of another
 * sales rep's customer are "not found" for a SALES_REP.
 */
public interface CollectionsProfiles {

  CustomerProfile profile(CustomerId customer);

  /** Strategy override ({@code null} clears it), collector override, time zone. */
  CustomerProfile update(CustomerId customer, long expectedVersion, StrategyId strategy, UUID collector,
      ZoneId timeZone);

  /** Stops dunning until {@code until} inclusive (null: until lifted); a reason is required. */
  CustomerProfile block(CustomerId customer, String reason, LocalDate until);

  CustomerProfile unblock(CustomerId customer);

  CustomerProfile optOut(CustomerId customer, ContactId contact, ContactChannel channel, String reason);

  CustomerProfile optIn(CustomerId customer, ContactId contact, ContactChannel channel);

  /** The rules in force for a company: its own, else the defaults. */
  ComplianceSettings compliance(CompanyId company);

  ComplianceSettings updateCompliance(CompanyId company, long expectedVersion, ComplianceSettings settings);

  /** Everything that happened in a customer's collections, newest first. */
  List<TimelineEntry> timeline(CustomerId customer, int limit);
}
