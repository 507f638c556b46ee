package org.openar.reporting.app;

import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.customers.CustomersError;
import org.openar.reporting.ReportingError;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;

/** The company a company-level report is about: the one asked for, or the only one there is. */
@Component
public class CompanyResolver {

  private final Customers customers;

  public CompanyResolver(Customers customers) {
    this.customers = customers;
  }

  public CompanyView resolve(CompanyId requested) {
    if (requested != null) {
      return customers.findCompany(requested).orElseThrow(() ->
          new OpenArException(CustomersError.CUSTOMERS_COMPANY_NOT_FOUND, requested).onField("companyId"));
    }
    List<CompanyView> all = customers.companies();
    if (all.size() != 1) {
      throw new OpenArException(ReportingError.REPORTING_COMPANY_REQUIRED).onField("companyId");
    }
    return all.get(0);
  }
}
