package org.openar.cashapp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.openar.cashapp.app.HouseAccount;
import org.openar.cashapp.app.HouseAccountService;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerMasterData.BankAccountData;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/**
 * A company of its own (tests share a database) with a house bank account in CNY, customers that pay from known
 * IBANs, and invoices posted to the ledger.
 */
public final class CashFixture {

  public final String tag = UUID.randomUUID().toString().substring(0, 8);
  public final CompanyView company;
  public final HouseAccount account;
  private final Customers customers;
  private final CustomerMasterData masterData;
  private final Ledger ledger;

  public CashFixture(Customers customers, CustomerMasterData masterData, HouseAccountService accounts, Ledger ledger) {
    this.customers = customers;
    this.masterData = masterData;
    this.ledger = ledger;
    company = customers.createCompany(new Customers.NewCompany("CA" + tag, "收款测试 " + tag, "Cash Test " + tag,
        CurrencyCode.CNY, ZoneId.of("Asia/Shanghai")));
    account = accounts.create(company.id(), new HouseAccountService.AccountData(Camt053.iban(randomAccount()),
        "Main CNY", "Test Bank", null, CurrencyCode.CNY, null, null));
  }

  public static long randomAccount() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
  }

  /** A customer with a Chinese and an English name, paying from {@code iban} (null: no known account). */
  public CustomerView customer(String nameZh, String nameEn, String iban) {
    String code = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    CustomerData data = new CustomerData(nameZh, nameEn, null, "CN", null, null, null, null, null, null, null);
    List<BankAccountData> accounts = iban == null ? List.of()
        : List.of(new BankAccountData(iban, null, null, null, null));
    CustomerDetail d = masterData.register(new CustomerDraft(company.id(), code, data, List.of(), List.of(), accounts,
        List.of()));
    return customers.get(d.customer().id());
  }

  public ItemView invoice(CustomerView c, String number, String amount, LocalDate date, String terms) {
    PaymentTerms t = PaymentTerms.parse(terms);
    return ledger.post(new Ledger.PostItem(ItemType.INVOICE, company.id(), c.id(), number, null, Money.parse(amount),
        date, null, null, t, null, null, null));
  }

  public String number(String prefix) {
    return prefix + "-" + tag + "-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  public Camt053 statement(LocalDate date) {
    return new Camt053(account.accountNumber(), "CNY", "STMT-" + UUID.randomUUID(), date,
        new java.math.BigDecimal("10000.00"));
  }
}
