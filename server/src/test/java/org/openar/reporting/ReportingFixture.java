package org.openar.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openar.customers.AddressType;
import org.openar.customers.CompanyView;
import org.openar.customers.ContactRole;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerMasterData.AddressData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/** A company of its own per test (the suite shares one database) with customers and a few ledger shortcuts. */
public final class ReportingFixture {

  public final String tag = UUID.randomUUID().toString().substring(0, 8);
  public final CompanyView company;
  private final Customers customers;
  private final CustomerMasterData masterData;
  private final Ledger ledger;

  public ReportingFixture(Customers customers, CustomerMasterData masterData, Ledger ledger) {
    this.customers = customers;
    this.masterData = masterData;
    this.ledger = ledger;
    company = customers.createCompany(new Customers.NewCompany("R" + tag, "上海报表测试有限公司" + tag,
        "Shanghai Report Test Co " + tag, CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
  }

  /** A customer with a Chinese and an English name, a billing address and a primary contact. */
  public CustomerView customer(String code, String nameZh, String nameEn, UUID salesRep) {
    CustomerData data = new CustomerData(nameZh, nameEn, null, "CN", "East", Tier.B, null, null, salesRep, null,
        List.of());
    return masterData.register(new CustomerDraft(company.id(), code + "-" + tag, data,
        List.of(new AddressData(AddressType.BILLING, "CN", "上海市", "上海市", "浦东新区", "世纪大道 100 号 8 楼", "200120")),
        List.of(new ContactData("王丽", "wang.li@example.com", "+86 21 5555 0100", "zh-CN", ContactRole.BILLING, true)),
        List.of(), List.of())).customer();
  }

  public ItemId invoice(CustomerId c, String number, String amount, LocalDate date, LocalDate due) {
    return ledger.post(Ledger.PostItem.invoice(c, number + "-" + tag, Money.parse(amount), date, due)).id();
  }

  public ItemId invoiceWithTerms(CustomerId c, String number, String amount, LocalDate date, String terms) {
    return ledger.post(new Ledger.PostItem(ItemType.INVOICE, null, c, number + "-" + tag, null, Money.parse(amount),
        date, null, null, PaymentTerms.parse(terms), null, null, null)).id();
  }

  public ItemId credit(ItemType type, CustomerId c, String number, String amount, LocalDate date) {
    return ledger.post(new Ledger.PostItem(type, null, c, number + "-" + tag, null, Money.parse(amount), date, null,
        date, null, null, null, null)).id();
  }

  public ItemId payment(CustomerId c, String number, String amount, LocalDate date) {
    return ledger.receive(Ledger.PostItem.payment(c, number + "-" + tag, Money.parse(amount), date), date, List.of())
        .credit().id();
  }

  public void allocate(ItemId credit, LocalDate date, ItemId debit, String amount) {
    ledger.allocate(new Ledger.Allocate(credit, date, List.of(new Ledger.AllocationLine(debit,
        amount == null ? null : Money.parse(amount), true)), null));
  }

  public String number(String prefix) {
    return prefix + "-" + tag;
  }
}
