package org.openar.customers.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerStatus;
import org.openar.customers.CustomersError;
import org.openar.customers.Tier;
import org.openar.customers.domain.UnifiedSocialCreditCode;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.shared.terms.PaymentTerms;
import org.springframework.stereotype.Component;

/** Validates and cleans the fields of a customer record (the children are {@link ChildValidator}'s job). */
@Component
class CustomerValidator {

  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  static final String DEFAULT_COUNTRY = "CN";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
  private static final Pattern FOREIGN_TAX_ID = Pattern.compile("[A-Z0-9][A-Z0-9 ./-]{1,39}");
  private static final int MAX_TAGS = 20;
  private static final int MAX_TAG_LENGTH = 32;

  private final Users users;

  CustomerValidator(Users users) {
    this.users = users;
  }

  static boolean validCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /**
   * The cleaned record. {@code complete} (a replacement) demands tier, status, terms and country instead of defaulting
   * them; {@code currentRep} is not re-validated, so a record whose rep has since left can still be edited.
   */
  CustomerData header(CustomerData d, boolean complete, UUID currentRep, Checks c) {
    return header(d, complete, currentRep, c, new java.util.HashMap<>());
  }

  /** {@link #header(CustomerData, boolean, UUID, Checks)}, asking identity about each sales rep once per {@code reps}. */
  CustomerData header(CustomerData d, boolean complete, UUID currentRep, Checks c, java.util.Map<UUID, Boolean> reps) {
    if (complete) {
      c.required("country", d.country());
      c.required("tier", d.tier());
      c.required("paymentTerms", d.paymentTerms());
      c.required("status", d.status());
    }
    String nameZh = c.text("nameZh", d.nameZh(), 200, false);
    String nameEn = c.text("nameEn", d.nameEn(), 200, false);
    if (nameZh == null && nameEn == null && !c.has("nameZh") && !c.has("nameEn")) {
      c.add("nameZh", CustomersError.CUSTOMERS_NAME_REQUIRED);
    }
    String country = country("country", d.country(), DEFAULT_COUNTRY, c);
    String taxId = taxId(d.taxId(), country, c);
    String region = c.text("region", d.region(), 64, false);
    if (d.creditLimit() != null && d.creditLimit().isNegative()) {
      c.add("creditLimit", CustomersError.CUSTOMERS_NEGATIVE_CREDIT_LIMIT, d.creditLimit());
    }
    String terms = terms(d.paymentTerms(), c);
    if (d.salesRepId() != null && !d.salesRepId().equals(currentRep)
        && !reps.computeIfAbsent(d.salesRepId(), this::isSalesRep)) {
      c.add("salesRepId", CustomersError.CUSTOMERS_INVALID_SALES_REP, d.salesRepId());
    }
    return new CustomerData(nameZh, nameEn, taxId, country, region, d.tier() == null ? Tier.B : d.tier(),
        d.creditLimit(), terms, d.salesRepId(), d.status() == null ? CustomerStatus.ACTIVE : d.status(),
        tags(d.tags(), c));
  }

  /** An ISO 3166 alpha-2 code in upper case, {@code fallback} when absent, null when invalid. */
  static String country(String field, String raw, String fallback, Checks c) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String code = raw.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      c.add(field, CustomersError.CUSTOMERS_INVALID_COUNTRY, raw);
      return null;
    }
    return code;
  }

  /** A Chinese customer's tax id is a unified social credit code; other countries' ids are only format-checked. */
  static String taxId(String raw, String country, Checks c) {
    if (raw == null || raw.isBlank() || country == null) {
      return raw == null || raw.isBlank() ? null : raw.strip();
    }
    if (DEFAULT_COUNTRY.equals(country)) {
      String code = UnifiedSocialCreditCode.normalize(raw);
      UnifiedSocialCreditCode.check(code).ifPresent(v -> c.add("taxId", CustomersError.CUSTOMERS_INVALID_TAX_ID,
          raw.strip(), Checks.reason("customers.taxId." + v.reason(), v.position(), v.found(), v.expected())));
      return code;
    }
    String id = raw.strip().toUpperCase(Locale.ROOT);
    if (!FOREIGN_TAX_ID.matcher(id).matches()) {
      c.add("taxId", CustomersError.CUSTOMERS_INVALID_FOREIGN_TAX_ID, raw.strip());
    }
    return id;
  }

  /** The canonical compact text of the terms, NET30 when absent. */
  static String terms(String raw, Checks c) {
    if (raw == null) {
      return PaymentTerms.NET30.code();
    }
    try {
      return PaymentTerms.parse(raw).code();
    } catch (IllegalArgumentException e) {
      c.add("paymentTerms", CustomersError.CUSTOMERS_INVALID_TERMS, raw, e.getMessage());
      return null;
    }
  }

  static List<String> tags(List<String> raw, Checks c) {
    if (raw == null) {
      return List.of();
    }
    if (raw.size() > MAX_TAGS) {
      c.add("tags", CustomersError.CUSTOMERS_TOO_MANY, "tags", MAX_TAGS);
    }
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String tag = raw.get(i) == null ? "" : raw.get(i).strip();
      if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH || tag.contains(",")) {
        c.add("tags[" + i + "]", CustomersError.CUSTOMERS_INVALID_TAG, Objects.toString(raw.get(i), ""));
      } else {
        tags.add(tag);
      }
    }
    return new ArrayList<>(tags);
  }

  private boolean isSalesRep(UUID userId) {
    return users.find(userId).filter(UserView::enabled).filter(u -> u.roles().contains(Role.SALES_REP)).isPresent();
  }
}
