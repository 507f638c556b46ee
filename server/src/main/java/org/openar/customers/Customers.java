package org.openar.customers;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.security.Actor;
import org.openar.shared.terms.PaymentTerms;

/** The customers module's facade for other modules. */
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

  Optional<CustomerView> findByCode(CompanyId company, String code);

  /** Whether {@code actor} may see this customer (a SALES_REP only its own). */
  boolean visibleTo(Actor actor, CustomerId id);

  /** The customers a sales rep owns. */
  Set<CustomerId> ofSalesRep(UUID salesRepUserId);

  record NewCompany(String code, String name, String nameEn, CurrencyCode baseCurrency, ZoneId timeZone) {}

  record NewCustomer(CompanyId companyId, String code, String nameZh, String nameEn, String taxId, Tier tier,
      Money creditLimit, PaymentTerms paymentTerms, UUID salesRepId, List<String> tags) {}
}
