package org.openar.invoicing.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.AddressType;
import org.openar.customers.AddressView;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.invoicing.CustomerSnapshot;
import org.openar.invoicing.InvoicingError;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.security.Actor;
import org.springframework.stereotype.Component;

/** What invoicing needs from the customer master: the buyer, its company, its defaults, who may see it. */
@Component
public class Parties {

  private final Customers customers;

  public Parties(Customers customers) {
    this.customers = customers;
  }

  /** A customer with its company. */
  public record Party(CustomerView customer, CompanyView company) {}

  /** The customer and its company, or the violations (unknown customer or company, company mismatch) in {@code v}. */
  public Party resolve(CustomerId customerId, CompanyId requested, List<FieldViolation> v) {
    return resolve(customerId, requested, v, new Memo());
  }

  /**
   * What one bulk call has looked up already: customers and companies do not change under a transaction that issues
   * thousands of invoices for the same few hundred customers, so each is asked once.
   */
  public static final class Memo {
    private final Map<CustomerId, Optional<CustomerView>> customers = new HashMap<>();
    private final Map<CompanyId, Optional<CompanyView>> companies = new HashMap<>();
  }

  /** {@link #resolve(CustomerId, CompanyId, List)}, asking the customer master only for what {@code memo} lacks. */
  public Party resolve(CustomerId customerId, CompanyId requested, List<FieldViolation> v, Memo memo) {
    if (customerId == null) {
      return null;
    }
    CompanyView company = requested == null ? null
        : memo.companies.computeIfAbsent(requested, customers::findCompany).orElse(null);
    if (requested != null && company == null) {
      v.add(FieldViolation.of("companyId", InvoicingError.INVOICING_UNKNOWN_COMPANY, requested));
    }
    CustomerView customer = memo.customers.computeIfAbsent(customerId, customers::find).orElse(null);
    if (customer == null) {
      v.add(FieldViolation.of("customerId", InvoicingError.INVOICING_UNKNOWN_CUSTOMER, customerId));
      return null;
    }
    if (requested != null && !requested.equals(customer.companyId())) {
      if (company != null) {
        v.add(FieldViolation.of("companyId", InvoicingError.INVOICING_COMPANY_MISMATCH, customer.code(), requested));
      }
      return null;
    }
    return new Party(customer, company != null ? company : memo.companies.computeIfAbsent(customer.companyId(),
        id -> Optional.of(customers.getCompany(id))).orElseThrow());
  }

  public static CustomerSnapshot snapshot(CustomerView c) {
    return new CustomerSnapshot(c.code(), c.nameZh(), c.nameEn(), c.taxId());
  }

  public CompanyView company(CompanyId id) {
    return customers.getCompany(id);
  }

  /** The buyer's billing address (else the registered one) as one line, or null. */
  public String billingAddress(CustomerId id) {
    CustomerDetail d = customers.find(id).isPresent() ? customers.detail(id) : null;
    if (d == null) {
      return null;
    }
    AddressView billing = d.addresses().stream().filter(a -> a.type() == AddressType.BILLING).findFirst()
        .orElse(d.addresses().stream().filter(a -> a.type() == AddressType.REGISTERED).findFirst().orElse(null));
    if (billing == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {billing.province(), billing.city(), billing.district(), billing.line(),
        billing.postcode()}) {
      if (p != null && !p.isBlank()) {
        parts.add(p.trim());
      }
    }
    return String.join(" ", parts);
  }

  /** The customers {@code actor} is limited to (a sales rep's own), or null when it sees all. */
  public Set<CustomerId> visibleTo(Actor actor) {
    return actor.restrictedToOwnCustomers() ? customers.ofSalesRep(actor.userId()) : null;
  }

  public boolean canSee(Actor actor, CustomerId customer) {
    return !actor.restrictedToOwnCustomers() || customers.visibleTo(actor, customer);
  }

  /** The customers to list: those of {@code salesRep} when given, narrowed to what the actor may see. */
  public Set<CustomerId> customersToList(Actor actor, UUID salesRep) {
    Set<CustomerId> visible = visibleTo(actor);
    if (salesRep == null) {
      return visible;
    }
    Set<CustomerId> ofRep = new java.util.HashSet<>(customers.ofSalesRep(salesRep));
    if (visible != null) {
      ofRep.retainAll(visible);
    }
    return ofRep;
  }
}
