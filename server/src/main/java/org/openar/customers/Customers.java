package org.openar.customers;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.openar.shared.terms.PaymentTerms;

/**
 * The customers module's facade for other modules: companies, customer lookups (by id, code, bank account, payer name),
 * the payer index for cash application, and the credit module's tier and limit updates. Editing the master data is
 * {@link CustomerMasterData}.
 */
public interface Customers {

  CompanyView createCompany(NewCompany company);

  Optional<CompanyView> findCompany(CompanyId id);

  /** @throws org.openar.shared.error.OpenArException CUSTOMERS_COMPANY_NOT_FOUND */
  CompanyView getCompany(CompanyId id);

  List<CompanyView> companies();

  CustomerView create(NewCustomer customer);

  Optional<CustomerView> find(CustomerId id);

  /** @throws org.openar.shared.error.OpenArException CUSTOMERS_CUSTOMER_NOT_FOUND */
  CustomerView get(CustomerId id);

  /**
   * Many customers at once (reports naming thousands of rows), by id; ids that do not exist are absent from the map.
   * Like {@link #find}, this does not filter by actor: callers show only customers they were allowed to list.
   */
  java.util.Map<CustomerId, CustomerView> findAll(java.util.Collection<CustomerId> ids);

  Optional<CustomerView> findByCode(CompanyId company, String code);

  /** The customers of {@code company} with these codes, by code, in one round trip (imports resolve many at once). */
  Map<String, CustomerView> findByCodes(CompanyId company, Collection<String> codes);

  /** Whether {@code actor} may see this customer (a SALES_REP only its own). */
  boolean visibleTo(Actor actor, CustomerId id);

  /** The customers a sales rep owns. */
  Set<CustomerId> ofSalesRep(UUID salesRepUserId);

  /**
   * Changes a company's names, base currency and time zone (the code never changes).
   *
   * @throws org.openar.shared.error.OpenArException CUSTOMERS_COMPANY_CURRENCY_LOCKED when the base currency would
   *     change although the company already has customers
   */
  CompanyView updateCompany(CompanyId id, CompanyChanges changes);

  /**
   * The 360° view: record, addresses, contacts, bank accounts, aliases.
   *
   * @throws org.openar.shared.error.OpenArException CUSTOMERS_CUSTOMER_NOT_FOUND
   */
  CustomerDetail detail(CustomerId id);

  /**
   * The 360° views of many customers at once (unknown ids are left out), for work over thousands of customers such as
   * a dunning run. No SALES_REP filtering: callers apply their own visibility rules.
   */
  java.util.Map<CustomerId, CustomerDetail> details(java.util.Collection<CustomerId> ids);

  /** The customer's contacts, primary first, each with its preferred language. */
  List<ContactView> contacts(CustomerId id);

  /**
   * The customer of {@code company} that pays from this account. The number is compared in its normalised form
   * ({@link PayerKeys#accountNumber}: spaces and dashes ignored, case-insensitive); an account belongs to at most one
   * customer per company.
   */
  Optional<CustomerView> findByBankAccount(CompanyId company, String accountNumber);

  /**
   * The customers of {@code company} known under this payer name ({@link PayerKeys#payerName} comparison). More than
   * one means the name is ambiguous.
   */
  List<CustomerView> findByPayerName(CompanyId company, String payerName);

  /** Every bank account and payer alias of a company's customers in one call, for the matching engine's index. */
  PayerIndex payerIndex(CompanyId company);

  /**
   * Records a name the customer's payments arrive under (the matching engine learns them from manual matches).
   * Idempotent: when the customer already has the name (normalised), the existing alias is returned unchanged.
   *
   * @throws org.openar.shared.error.OpenArException CUSTOMERS_INVALID_ALIAS when the name has no letter or digit
   */
  PayerAliasView addAlias(CustomerId id, String payerName, AliasSource source);

  /** Sets the tier (a credit decision the credit module has already approved); audited, publishes CustomerChanged. */
  CustomerView updateTier(CustomerId id, Tier tier);

  /**
   * Sets the credit limit, or removes it with {@code null} (a credit decision the credit module has already approved).
   *
   * @throws org.openar.shared.error.OpenArException CUSTOMERS_NEGATIVE_CREDIT_LIMIT when below zero
   */
  CustomerView updateCreditLimit(CustomerId id, Money creditLimit);

  /**
   * One page of customers matching {@code criteria}; an {@code actor} restricted to its own customers (a SALES_REP)
   * sees only those. Sort fields: code, nameZh, nameEn, tier, status, region, country, creditLimit, createdAt,
   * updatedAt.
   */
  Page<CustomerSummary> search(CustomerSearch criteria, PageQuery page, Actor actor);

  record NewCompany(String code, String name, String nameEn, CurrencyCode baseCurrency, ZoneId timeZone) {}

  /** {@code timeZone} null means Asia/Shanghai. */
  record CompanyChanges(String name, String nameEn, CurrencyCode baseCurrency, ZoneId timeZone) {}

  record NewCustomer(CompanyId companyId, String code, String nameZh, String nameEn, String taxId, Tier tier,
      Money creditLimit, PaymentTerms paymentTerms, UUID salesRepId, List<String> tags) {}
}
