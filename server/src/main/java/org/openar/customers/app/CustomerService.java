package org.openar.customers.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.AliasSource;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.CustomerSearch;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.CustomersError;
import org.openar.customers.PayerAliasView;
import org.openar.customers.PayerIndex;
import org.openar.customers.Tier;
import org.openar.customers.persistence.CustomerRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facade other modules call; the work is done by the module's focused services. */
@Service
public class CustomerService implements Customers {

  private final CustomerRepository repository;
  private final CompanyService companies;
  private final MasterDataService masterData;
  private final PaymentIdsService paymentIds;
  private final CustomerQueries queries;
  private final CustomerChanges changes;

  public CustomerService(CustomerRepository repository, CompanyService companies, MasterDataService masterData,
      PaymentIdsService paymentIds, CustomerQueries queries, CustomerChanges changes) {
    this.repository = repository;
    this.companies = companies;
    this.masterData = masterData;
    this.paymentIds = paymentIds;
    this.queries = queries;
    this.changes = changes;
  }

  @Override
  public CompanyView createCompany(NewCompany company) {
    return companies.create(company);
  }

  @Override
  public Optional<CompanyView> findCompany(CompanyId id) {
    return companies.find(id);
  }

  @Override
  public CompanyView getCompany(CompanyId id) {
    return companies.get(id);
  }

  @Override
  public List<CompanyView> companies() {
    return companies.all();
  }

  @Override
  public CompanyView updateCompany(CompanyId id, CompanyChanges changes) {
    return companies.update(id, changes);
  }

  @Override
  @Transactional
  public CustomerView create(NewCustomer n) {
    CustomerData data = new CustomerData(n.nameZh(), n.nameEn(), n.taxId(), null, null, n.tier(), n.creditLimit(),
        n.paymentTerms() == null ? null : n.paymentTerms().code(), n.salesRepId(), null, n.tags());
    return masterData.register(new CustomerDraft(n.companyId(), n.code(), data, null, null, null, null)).customer();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerView> find(CustomerId id) {
    return repository.find(id);
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Map<CustomerId, CustomerView> findAll(java.util.Collection<CustomerId> ids) {
    java.util.Map<CustomerId, CustomerView> found = new java.util.HashMap<>();
    repository.findAll(ids).forEach(c -> found.put(c.id(), c));
    return found;
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
  public java.util.Map<String, CustomerView> findByCodes(CompanyId company, java.util.Collection<String> codes) {
    return repository.findByCodes(company, codes);
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

  @Override
  public CustomerDetail detail(CustomerId id) {
    return queries.detail(id);
  }

  @Override
  public java.util.Map<CustomerId, CustomerDetail> details(java.util.Collection<CustomerId> ids) {
    return queries.details(ids);
  }

  @Override
  public List<ContactView> contacts(CustomerId id) {
    return queries.contacts(id);
  }

  @Override
  public Optional<CustomerView> findByBankAccount(CompanyId company, String accountNumber) {
    return queries.findByBankAccount(company, accountNumber);
  }

  @Override
  public List<CustomerView> findByPayerName(CompanyId company, String payerName) {
    return queries.findByPayerName(company, payerName);
  }

  @Override
  public PayerIndex payerIndex(CompanyId company) {
    return queries.payerIndex(company);
  }

  @Override
  public PayerAliasView addAlias(CustomerId id, String payerName, AliasSource source) {
    return paymentIds.learnAlias(id, payerName, source);
  }

  @Override
  @Transactional
  public CustomerView updateTier(CustomerId id, Tier tier) {
    if (tier == null) {
      throw new OpenArException(SharedError.MISSING_FIELD, "tier").onField("tier");
    }
    CustomerSummary before = changes.lock(id);
    return masterData.apply(before, CustomerFields.withTier(CustomerFields.data(before), tier), "tier-changed")
        .customer();
  }

  @Override
  @Transactional
  public CustomerView updateCreditLimit(CustomerId id, Money creditLimit) {
    if (creditLimit != null && creditLimit.isNegative()) {
      throw new OpenArException(CustomersError.CUSTOMERS_NEGATIVE_CREDIT_LIMIT, creditLimit).onField("creditLimit");
    }
    CustomerSummary before = changes.lock(id);
    CustomerData data = CustomerFields.withCreditLimit(CustomerFields.data(before), creditLimit);
    return masterData.apply(before, data, "credit-limit-changed").customer();
  }

  @Override
  public Page<CustomerSummary> search(CustomerSearch criteria, PageQuery page, Actor actor) {
    return queries.search(criteria, page, actor);
  }
}
