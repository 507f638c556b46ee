package org.openar.customers;

import java.util.List;
import java.util.UUID;

/**
 * Search criteria; every field is optional. {@code text} matches code, Chinese and English name, tax id and payer
 * aliases (case-insensitive substring); list filters match any of their values.
 */
public record CustomerSearch(String text, CompanyId companyId, List<Tier> tiers, List<CustomerStatus> statuses,
    UUID salesRepId, String tag, String region, String country) {

  public CustomerSearch {
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
  }

  public static CustomerSearch all() {
    return new CustomerSearch(null, null, null, null, null, null, null, null);
  }
}
