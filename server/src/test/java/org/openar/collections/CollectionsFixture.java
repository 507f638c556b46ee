package org.openar.collections;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openar.customers.AddressType;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.ContactRole;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.Ledger.AllocationLine;
import org.openar.ledger.Ledger.PostItem;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** A company of its own per test (tests share databases), customers with contacts and addresses, invoices, payments. */
final class CollectionsFixture {

  final Customers customers;
  final CustomerMasterData master;
  final Ledger ledger;
  final CompanyView company;
  final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  CollectionsFixture(Customers customers, CustomerMasterData master, Ledger ledger) {
    this.customers = customers;
    this.master = master;
    this.ledger = ledger;
    this.company = customers.createCompany(new Customers.NewCompany("CO" + tag, "示例科技（上海）有限公司",
        "Example Tech (Shanghai) Co., Ltd.", CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
  }

  CompanyId companyId() {
    return company.id();
  }

  static ContactData zh(String name, String email, String phone) {
    return new ContactData(name, email, phone, "zh-CN", ContactRole.BILLING, true);
  }

  static ContactData en(String name, String email, String phone) {
    return new ContactData(name, email, phone, "en", ContactRole.ACCOUNTS_PAYABLE, true);
  }

  CustomerDetail customer(String code, Tier tier, String nameZh, String nameEn, List<ContactData> contacts) {
    return customer(code, tier, nameZh, nameEn, contacts, null, List.of());
  }

  CustomerDetail customer(String code, Tier tier, String nameZh, String nameEn, List<ContactData> contacts,
      UUID salesRep, List<String> tags) {
    AddressData billing = new AddressData(AddressType.BILLING, "CN", "上海市", "上海市", "浦东新区", "世纪大道100号",
        "200120");
    return master.register(new CustomerDraft(company.id(), code + "-" + tag, new CustomerData(nameZh, nameEn, null,
        "CN", "East", tier, null, "NET30", salesRep, null, tags), List.of(billing), contacts, List.of(), List.of()));
  }

  ItemView invoice(CustomerId customer, String number, String amount, LocalDate date, LocalDate due) {
    return ledger.post(PostItem.invoice(customer, number + "-" + tag, Money.parse(amount), date, due));
  }

  void pay(CustomerId customer, ItemId item, String amount, LocalDate date) {
    ledger.receive(PostItem.payment(customer, "PAY-" + UUID.randomUUID().toString().substring(0, 8) + "-" + tag,
        Money.parse(amount), date), date, List.of(new AllocationLine(item, Money.parse(amount), false)));
  }
}
