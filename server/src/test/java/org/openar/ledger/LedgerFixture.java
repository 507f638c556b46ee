package org.openar.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** A company with customers, unique per test so tests sharing a database never see each other's rows. */
public final class LedgerFixture {

  public final CompanyView company;
  public final CustomerView acme;
  public final CustomerView globex;

  public LedgerFixture(Customers customers) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    company = customers.createCompany(new Customers.NewCompany("C" + tag, "测试公司 " + tag, "Test Co " + tag,
        CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
    acme = customer(customers, "ACME-" + tag, null);
    globex = customer(customers, "GLOBEX-" + tag, null);
  }

  public CustomerView customer(Customers customers, String code, UUID salesRep) {
    return customers.create(new Customers.NewCustomer(company.id(), code, null, code, null, Tier.B, null, null,
        salesRep, List.of()));
  }

  public CompanyId companyId() {
    return company.id();
  }

  public static Ledger.PostItem invoice(CustomerId customer, String number, String amount, String date, String due) {
    return Ledger.PostItem.invoice(customer, number, Money.parse(amount), LocalDate.parse(date), LocalDate.parse(due));
  }

  public static Ledger.PostItem payment(CustomerId customer, String number, String amount, String valueDate) {
    return Ledger.PostItem.payment(customer, number, Money.parse(amount), LocalDate.parse(valueDate));
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
