package org.openar.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.money.CurrencyCode;

/**
 * Which open items an aging looks at and how it buckets them. {@code companyId}, {@code customers} and {@code currency}
 * narrow the items (null: no restriction; an empty set of customers matches nothing). The current actor's visibility
 * (a SALES_REP's own customers) always applies on top.
 */
public record AgingQuery(LocalDate asOf, AgingBasis basis, AgingBuckets buckets, CompanyId companyId,
    Set<CustomerId> customers, CurrencyCode currency) {

  public AgingQuery {
    Objects.requireNonNull(asOf, "asOf");
    basis = basis == null ? AgingBasis.DUE_DATE : basis;
    buckets = buckets == null ? AgingBuckets.DEFAULT : buckets;
    customers = customers == null ? null : Set.copyOf(customers);
  }

  public static AgingQuery of(LocalDate asOf) {
    return new AgingQuery(asOf, AgingBasis.DUE_DATE, AgingBuckets.DEFAULT, null, null, null);
  }

  public AgingQuery withCustomers(Set<CustomerId> only) {
    return new AgingQuery(asOf, basis, buckets, companyId, only, currency);
  }

  public AgingQuery withCompany(CompanyId company) {
    return new AgingQuery(asOf, basis, buckets, company, customers, currency);
  }

  public AgingQuery withCurrency(CurrencyCode only) {
    return new AgingQuery(asOf, basis, buckets, companyId, customers, only);
  }
}
