package org.openar.customers.app;

import java.util.List;
import java.util.Optional;
import org.openar.customers.AddressView;
import org.openar.customers.BankAccountView;
import org.openar.customers.CompanyId;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerSearch;
import org.openar.customers.CustomerSummary;
import org.openar.customers.CustomerView;
import org.openar.customers.CustomersError;
import org.openar.customers.PayerAliasView;
import org.openar.customers.PayerIndex;
import org.openar.customers.PayerKeys;
import org.openar.customers.persistence.AddressRepository;
import org.openar.customers.persistence.AliasRepository;
import org.openar.customers.persistence.BankAccountRepository;
import org.openar.customers.persistence.ContactRepository;
import org.openar.customers.persistence.CustomerRepository;
import org.openar.customers.persistence.CustomerRepository.CustomerRow;
import org.openar.customers.persistence.CustomerSearchRepository;
import org.openar.shared.error.OpenArException;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading customers. Methods taking an {@link Actor} apply the SALES_REP rule: another rep's customer is reported as
 * not found (404, never 403), so a rep cannot even learn that it exists.
 */
@Service
@Transactional(readOnly = true)
public class CustomerQueries {

  private final CustomerRepository customers;
  private final ContactRepository contacts;
  private final AddressRepository addresses;
  private final BankAccountRepository accounts;
  private final AliasRepository aliases;
  private final CustomerSearchRepository searches;
  private final CompanyService companies;
  private final org.openar.customers.persistence.CustomerDetailsReader detailsReader;

  public CustomerQueries(CustomerRepository customers, ContactRepository contacts, AddressRepository addresses,
      BankAccountRepository accounts, AliasRepository aliases, CustomerSearchRepository searches,
      CompanyService companies, org.openar.customers.persistence.CustomerDetailsReader detailsReader) {
    this.customers = customers;
    this.contacts = contacts;
    this.addresses = addresses;
    this.accounts = accounts;
    this.aliases = aliases;
    this.searches = searches;
    this.companies = companies;
    this.detailsReader = detailsReader;
  }

  public CustomerDetail detail(CustomerId id) {
    CustomerRow row = customers.findRow(id).orElseThrow(() -> notFound(id));
    CustomerSummary s = row.summary();
    return new CustomerDetail(s.customer(), s.country(), s.region(), row.createdAt(), row.updatedAt(),
        addresses.of(id), contacts.of(id), accounts.of(id), aliases.of(id));
  }

  public java.util.Map<CustomerId, CustomerDetail> details(java.util.Collection<CustomerId> ids) {
    return ids.isEmpty() ? java.util.Map.of() : detailsReader.details(ids);
  }

  public CustomerDetail detail(CustomerId id, Actor actor) {
    requireVisible(id, actor);
    return detail(id);
  }

  /** @throws OpenArException CUSTOMERS_CUSTOMER_NOT_FOUND when the customer does not exist or is not the actor's */
  public void requireVisible(CustomerId id, Actor actor) {
    boolean visible = actor.restrictedToOwnCustomers()
        ? customers.isOwnedBy(id, actor.userId())
        : customers.find(id).isPresent();
    if (!visible) {
      throw notFound(id);
    }
  }

  public List<ContactView> contacts(CustomerId id) {
    requireExists(id);
    return contacts.of(id);
  }

  public List<AddressView> addresses(CustomerId id) {
    requireExists(id);
    return addresses.of(id);
  }

  public List<BankAccountView> bankAccounts(CustomerId id) {
    requireExists(id);
    return accounts.of(id);
  }

  public List<PayerAliasView> aliases(CustomerId id) {
    requireExists(id);
    return aliases.of(id);
  }

  public Page<CustomerSummary> search(CustomerSearch criteria, PageQuery page, Actor actor) {
    if (criteria.companyId() != null) {
      companies.get(criteria.companyId());
    }
    return searches.search(criteria, actor.restrictedToOwnCustomers() ? actor.userId() : null, page);
  }

  public Optional<CustomerView> findByBankAccount(CompanyId company, String accountNumber) {
    String key = PayerKeys.accountNumber(accountNumber);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return accounts.holder(company, key).flatMap(h -> customers.find(h.customerId()));
  }

  public List<CustomerView> findByPayerName(CompanyId company, String payerName) {
    String key = PayerKeys.payerName(payerName);
    if (key.isEmpty()) {
      return List.of();
    }
    return aliases.customersNamed(company, key).stream().map(customers::find).flatMap(Optional::stream).toList();
  }

  public PayerIndex payerIndex(CompanyId company) {
    companies.get(company);
    return new PayerIndex(company, accounts.index(company), aliases.index(company));
  }

  private void requireExists(CustomerId id) {
    if (customers.find(id).isEmpty()) {
      throw notFound(id);
    }
  }

  private static OpenArException notFound(CustomerId id) {
    return new OpenArException(CustomersError.CUSTOMERS_CUSTOMER_NOT_FOUND, id);
  }
}
