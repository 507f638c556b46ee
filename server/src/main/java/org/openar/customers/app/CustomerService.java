package org.openar.customers.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.CustomersError;
import org.openar.customers.Tier;
import org.openar.customers.persistence.CustomerRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.Actor;
import org.openar.shared.terms.PaymentTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerService implements Customers {

  private final CustomerRepository repository;
  private final AuditTrail audit;
  private final Clock clock;

  public CustomerService(CustomerRepository repository, AuditTrail audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public CompanyView createCompany(NewCompany c) {
    if (c.code() == null || !c.code().matches("[A-Za-z0-9_-]{1,32}")) {
      throw new OpenArException(CustomersError.CUSTOMERS_INVALID_CODE, String.valueOf(c.code())).onField("code");
    }
    if (c.name() == null || c.name().isBlank()) {
      throw new OpenArException(CustomersError.CUSTOMERS_NAME_REQUIRED).onField("name");
    }
    if (repository.findCompanyByCode(c.code()).isPresent()) {
      throw new OpenArException(CustomersError.CUSTOMERS_COMPANY_CODE_TAKEN, c.code()).onField("code");
    }
    CompanyView view = new CompanyView(new CompanyId(Ids.newId()), c.code(), c.name(), c.nameEn(), c.baseCurrency(),
        c.timeZone() == null ? ZoneId.of("Asia/Shanghai") : c.timeZone());
    repository.insertCompany(view, clock.instant());
    audit.record("customers.company", view.id().toString(), "created", null, view);
    return view;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CompanyView> findCompany(CompanyId id) {
    return repository.findCompany(id);
  }

  @Override
  @Transactional(readOnly = true)
  public CompanyView getCompany(CompanyId id) {
    return repository.findCompany(id)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_COMPANY_NOT_FOUND, id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<CompanyView> companies() {
    return repository.companies();
  }

  @Override
  @Transactional
  public CustomerView create(NewCustomer n) {
    getCompany(n.companyId());
    if (n.code() == null || !n.code().matches("[A-Za-z0-9_.-]{1,40}")) {
      throw new OpenArException(CustomersError.CUSTOMERS_INVALID_CODE, String.valueOf(n.code())).onField("code");
    }
    if (blank(n.nameZh()) && blank(n.nameEn())) {
      throw new OpenArException(CustomersError.CUSTOMERS_NAME_REQUIRED).onField("nameZh");
    }
    if (repository.findByCode(n.companyId(), n.code()).isPresent()) {
      throw new OpenArException(CustomersError.CUSTOMERS_CODE_TAKEN, n.code()).onField("code");
    }
    CustomerView view = new CustomerView(new CustomerId(Ids.newId()), n.companyId(), n.code(), trim(n.nameZh()),
        trim(n.nameEn()), trim(n.taxId()), n.tier() == null ? Tier.B : n.tier(), n.creditLimit(),
        n.paymentTerms() == null ? PaymentTerms.NET30 : n.paymentTerms(), n.salesRepId(), "ACTIVE",
        n.tags() == null ? List.of() : n.tags(), 0);
    repository.insert(view, clock.instant());
    audit.record("customers.customer", view.id().toString(), "created", null, view);
    return view;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerView> find(CustomerId id) {
    return repository.find(id);
  }

  @Override
  @Transactional(readOnly = true)
  public CustomerView get(CustomerId id) {
    return repository.find(id)
        .orElseThrow(() -> new OpenArException(CustomersError.CUSTOMERS_CUSTOMER_NOT_FOUND, id));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerView> findByCode(CompanyId company, String code) {
    return repository.findByCode(company, code);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean visibleTo(Actor actor, CustomerId id) {
    if (!actor.restrictedToOwnCustomers()) {
      return true;
    }
    return repository.isOwnedBy(id, actor.userId());
  }

  @Override
  @Transactional(readOnly = true)
  public Set<CustomerId> ofSalesRep(UUID salesRepUserId) {
    return repository.ofSalesRep(salesRepUserId);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return blank(s) ? null : s.trim();
  }
}
