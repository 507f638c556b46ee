package org.openar.customers.app;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerStatus;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomerView;
import org.openar.customers.Tier;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/** Conversions between the editable fields and the stored record, and what differs between two versions. */
final class CustomerFields {

  private CustomerFields() {}

  /** {@code base} supplies id, company and code, which never change. */
  static CustomerSummary summary(CustomerView base, CustomerData d, long version) {
    return new CustomerSummary(new CustomerView(base.id(), base.companyId(), base.code(), d.nameZh(), d.nameEn(),
        d.taxId(), d.tier(), d.creditLimit(), PaymentTerms.parse(d.paymentTerms()), d.salesRepId(),
        d.status().name(), d.tags(), version), d.country(), d.region());
  }

  static CustomerData data(CustomerSummary s) {
    CustomerView c = s.customer();
    return new CustomerData(c.nameZh(), c.nameEn(), c.taxId(), s.country(), s.region(), c.tier(), c.creditLimit(),
        c.paymentTerms().code(), c.salesRepId(), CustomerStatus.valueOf(c.status()), c.tags());
  }

  static CustomerData withTier(CustomerData d, Tier tier) {
    return new CustomerData(d.nameZh(), d.nameEn(), d.taxId(), d.country(), d.region(), tier, d.creditLimit(),
        d.paymentTerms(), d.salesRepId(), d.status(), d.tags());
  }

  static CustomerData withCreditLimit(CustomerData d, Money limit) {
    return new CustomerData(d.nameZh(), d.nameEn(), d.taxId(), d.country(), d.region(), d.tier(), limit,
        d.paymentTerms(), d.salesRepId(), d.status(), d.tags());
  }

  static CustomerData withStatus(CustomerData d, CustomerStatus status) {
    return new CustomerData(d.nameZh(), d.nameEn(), d.taxId(), d.country(), d.region(), d.tier(), d.creditLimit(),
        d.paymentTerms(), d.salesRepId(), status, d.tags());
  }

  /** The names of the fields that differ, as the API spells them (for CustomerChanged listeners). */
  static Set<String> changed(CustomerSummary before, CustomerSummary after) {
    CustomerView b = before.customer();
    CustomerView a = after.customer();
    Set<String> out = new LinkedHashSet<>();
    diff(out, "nameZh", b.nameZh(), a.nameZh());
    diff(out, "nameEn", b.nameEn(), a.nameEn());
    diff(out, "taxId", b.taxId(), a.taxId());
    diff(out, "country", before.country(), after.country());
    diff(out, "region", before.region(), after.region());
    diff(out, "tier", b.tier(), a.tier());
    diff(out, "creditLimit", b.creditLimit(), a.creditLimit());
    diff(out, "paymentTerms", b.paymentTerms().code(), a.paymentTerms().code());
    diff(out, "salesRepId", b.salesRepId(), a.salesRepId());
    diff(out, "status", b.status(), a.status());
    diff(out, "tags", b.tags(), a.tags());
    return out;
  }

  private static void diff(Set<String> out, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      out.add(field);
    }
  }
}
