package org.openar.ledger.app;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.LedgerError;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * What the ledger needs from the customer master: does a customer exist, which company it belongs to, whom a sales rep
 * may see. A customer's company never changes, so known customers are remembered (bounded), which keeps bulk posting
 * from asking the customers module once per row.
 */
@Component
public class CustomerDirectory {

  private final Customers customers;
  private final Map<CustomerId, CompanyId> known = new ConcurrentHashMap<>();
  private final Set<CompanyId> knownCompanies = ConcurrentHashMap.newKeySet();
  private final int maxCached;

  public CustomerDirectory(Customers customers, LedgerProperties properties) {
    this.customers = customers;
    this.maxCached = properties.customerCacheSize();
  }

  /** The customer's company, after checking the customer exists and matches {@code requested} when given. */
  public CompanyId resolve(CustomerId customer, CompanyId requested) {
    FieldViolation v = check(customer, requested);
    if (v != null) {
      throw new OpenArException(v.code(), v.args().toArray()).onField(v.field());
    }
    return known.get(customer);
  }

  /** Null when fine, else why not (unknown company, unknown customer, customer of another company). */
  public FieldViolation check(CustomerId customer, CompanyId requested) {
    if (requested != null && !companyExists(requested)) {
      return FieldViolation.of("companyId", LedgerError.LEDGER_UNKNOWN_COMPANY, requested);
    }
    CompanyId company = companyOf(customer).orElse(null);
    if (company == null) {
      return FieldViolation.of("customerId", LedgerError.LEDGER_UNKNOWN_CUSTOMER, customer);
    }
    if (requested != null && !requested.equals(company)) {
      return FieldViolation.of("companyId", LedgerError.LEDGER_COMPANY_MISMATCH, customer, requested);
    }
    return null;
  }

  public Optional<CompanyId> companyOf(CustomerId customer) {
    CompanyId cached = known.get(customer);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<CompanyId> company = customers.find(customer).map(CustomerView::companyId);
    company.ifPresent(c -> remember(customer, c));
    return company;
  }

  /** The customers {@code actor} is limited to (a sales rep's own), or null when it sees all. */
  public Set<CustomerId> visibleTo(Actor actor) {
    return actor.restrictedToOwnCustomers() ? customers.ofSalesRep(actor.userId()) : null;
  }

  public boolean canSee(Actor actor, CustomerId customer) {
    return !actor.restrictedToOwnCustomers() || customers.visibleTo(actor, customer);
  }

  private boolean companyExists(CompanyId company) {
    if (knownCompanies.contains(company)) {
      return true;
    }
    boolean exists = customers.findCompany(company).isPresent();
    if (exists) {
      knownCompanies.add(company);
    }
    return exists;
  }

  private void remember(CustomerId customer, CompanyId company) {
    if (known.size() >= maxCached) {
      known.clear(); // crude but bounded; the next rows simply ask again
    }
    known.put(customer, company);
  }
}
