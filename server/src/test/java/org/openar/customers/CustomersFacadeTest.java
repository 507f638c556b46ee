package org.openar.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.audit.AuditTrail.AuditEntryView;
import org.openar.audit.AuditTrail.AuditQuery;
import org.openar.customers.CustomerMasterData.BankAccountData;
import org.openar.customers.CustomerMasterData.ContactData;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.Customers.NewCustomer;
import org.openar.identity.Users;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.openar.shared.security.Role;
import org.openar.shared.terms.PaymentTerms;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The facade as the ledger, cash-application and credit modules use it (no HTTP, system actor). */
@OpenArIntegrationTest
@RecordApplicationEvents
class CustomersFacadeTest {

  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired AuditTrail audit;
  @Autowired Users users;
  @Autowired ApplicationEvents events;
  CompanyView company;
  CustomerView acme;

  @BeforeEach
  void setUp() {
    company = CustomerFixtures.company(customers);
    CustomerDetail d = masterData.register(new CustomerDraft(company.id(), "ACME", data("艾克米", "ACME Ltd."), null,
        List.of(new ContactData("Ann", "ann@acme.example", null, "en", ContactRole.ACCOUNTS_PAYABLE, true),
            new ContactData("张伟", null, "021-61234567", null, null, null)),
        List.of(new BankAccountData("6222 0210 0112 3456 789", "ICBC", null, null, CurrencyCode.CNY)),
        List.of("ACME LIMITED")));
    acme = d.customer();
  }

  @Test
  void registerAllWritesWhatOneRegisterPerDraftWritesAndRefusesAReusedCodeWritingNothing() {
    List<ContactData> contacts = List.of(new ContactData("Bo", "bo@x.example", null, "zh-CN",
        ContactRole.ACCOUNTS_PAYABLE, true));
    CustomerDetail one = masterData.register(new CustomerDraft(company.id(), "SOLO1", data("单个", "Solo"), null,
        contacts, null, List.of("SOLO PAYER")));
    List<CustomerDetail> many = masterData.registerAll(List.of(
        new CustomerDraft(company.id(), "BULK1", data("单个", "Solo"), null, contacts, null, List.of("BULK PAYER")),
        new CustomerDraft(company.id(), "BULK2", data(null, "Second"), null, null, null, null)));
    assertThat(many).extracting(d -> d.customer().code()).containsExactly("BULK1", "BULK2");
    CustomerDetail first = many.get(0);
    assertThat(first.customer().nameZh()).isEqualTo(one.customer().nameZh());
    assertThat(first.contacts()).extracting(ContactView::name, ContactView::language, ContactView::primary)
        .isEqualTo(one.contacts().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.name(), c.language(),
            c.primary())).toList());
    assertThat(first.aliases()).hasSize(1);
    assertThat(audit.search(new AuditQuery("customers.customer", first.customer().id().toString(), null, null, null, 0, 5)))
        .extracting(AuditEntryView::action).containsExactly("created");
    assertThat(events.stream(CustomerCreated.class).filter(e -> e.code().startsWith("BULK"))).hasSize(2);

    assertThatThrownBy(() -> masterData.registerAll(List.of(
        new CustomerDraft(company.id(), "BULK3", data("三", null), null, null, null, null),
        new CustomerDraft(company.id(), "BULK3", data("三", null), null, null, null, null))))
        .isInstanceOf(OpenArException.class).hasMessageContaining("CUSTOMERS_CODE_TAKEN");
    assertThatThrownBy(() -> masterData.registerAll(List.of(
        new CustomerDraft(company.id(), "BULK4", data("四", null), null, null, null, null),
        new CustomerDraft(company.id(), "BULK1", data("一", null), null, null, null, null))))
        .isInstanceOf(OpenArException.class).hasMessageContaining("CUSTOMERS_CODE_TAKEN");
    assertThat(customers.findByCode(company.id(), "BULK3")).isEmpty();
    assertThat(customers.findByCode(company.id(), "BULK4")).isEmpty();
  }

  @Test
  void theExistingCreateStillWorksAndNowValidates() {
    CustomerView c = customers.create(new NewCustomer(company.id(), "OLD1", "旧客户", null, null, Tier.A,
        Money.of("100.00", "CNY"), PaymentTerms.parse("EOM30"), null, List.of("legacy")));
    assertThat(customers.get(c.id())).isEqualTo(c);
    assertThat(c.paymentTerms()).isEqualTo(PaymentTerms.endOfMonth(30));
    assertThat(customers.findByCode(company.id(), "OLD1")).contains(c);
    assertThatThrownBy(() -> customers.create(new NewCustomer(company.id(), "OLD2", "旧客户", null, "123", null, null,
        null, null, null)))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CustomersError.CUSTOMERS_INVALID_TAX_ID));
  }

  @Test
  void contactsComeWithTheirLanguagePrimaryFirst() {
    assertThat(customers.contacts(acme.id())).extracting(ContactView::name, ContactView::language, ContactView::primary)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", "en", true),
            org.assertj.core.groups.Tuple.tuple("张伟", "zh-CN", false));
  }

  @Test
  void aCustomerIsFoundByItsBankAccountWrittenAnyWay() {
    assertThat(customers.findByBankAccount(company.id(), "6222-0210-0112-3456-789")).contains(acme);
    assertThat(customers.findByBankAccount(company.id(), "６２２２０２１００１１２３４５６７８９")).contains(acme);
    assertThat(customers.findByBankAccount(company.id(), "6222021001123456780")).isEmpty();
    assertThat(customers.findByBankAccount(CustomerFixtures.company(customers).id(), "6222021001123456789")).isEmpty();
    assertThat(customers.findByBankAccount(company.id(), " - ")).isEmpty();
  }

  @Test
  void learnedAliasesAreIdempotentAndShowUpInTheIndex() {
    PayerAliasView learned = customers.addAlias(acme.id(), "Acme Trading (HK) Co.", AliasSource.LEARNED);
    PayerAliasView again = customers.addAlias(acme.id(), "ACME TRADING HK CO", AliasSource.LEARNED);
    assertThat(again).isEqualTo(learned);
    assertThat(audit.search(new AuditQuery("customers.customer", acme.id().toString(), null, null, null, 0, 10)))
        .extracting(AuditEntryView::action).containsExactly("alias-added", "created");
    assertThat(customers.findByPayerName(company.id(), "acme trading (hk) co")).containsExactly(acme);

    CustomerView twin = masterData.register(new CustomerDraft(company.id(), "ACME2", data("艾克米二", null), null, null,
        List.of(new BankAccountData("DE89 3704 0044 0532 0130 00", null, null, null, CurrencyCode.EUR)),
        List.of("Acme Limited"))).customer();
    assertThat(customers.findByPayerName(company.id(), "ACME LIMITED")).containsExactlyInAnyOrder(acme, twin);

    PayerIndex index = customers.payerIndex(company.id());
    assertThat(index.accounts()).extracting(PayerIndex.Account::numberKey, PayerIndex.Account::customerId)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("6222021001123456789", acme.id()),
            org.assertj.core.groups.Tuple.tuple("DE89370400440532013000", twin.id()));
    assertThat(index.aliases()).extracting(PayerIndex.Alias::nameKey)
        .containsExactlyInAnyOrder("acmelimited", "acmelimited", "acmetradinghkco");
    assertThatThrownBy(() -> customers.addAlias(acme.id(), "  ", AliasSource.LEARNED))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CustomersError.CUSTOMERS_INVALID_ALIAS));
  }

  @Test
  void theCreditModuleSetsTierAndLimitWithAuditAndEvents() {
    CustomerView tiered = customers.updateTier(acme.id(), Tier.C);
    assertThat(tiered.tier()).isEqualTo(Tier.C);
    assertThat(tiered.version()).isEqualTo(1);
    assertThat(customers.updateTier(acme.id(), Tier.C).version()).isEqualTo(1);
    CustomerView limited = customers.updateCreditLimit(acme.id(), Money.of("250000.00", "CNY"));
    assertThat(limited.creditLimit()).isEqualTo(Money.of("250000.00", "CNY"));
    assertThat(customers.updateCreditLimit(acme.id(), null).creditLimit()).isNull();
    assertThatThrownBy(() -> customers.updateCreditLimit(acme.id(), Money.of("-0.01", "CNY")))
        .isInstanceOfSatisfying(OpenArException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CustomersError.CUSTOMERS_NEGATIVE_CREDIT_LIMIT));
    assertThat(events.stream(CustomerChanged.class).filter(e -> e.customerId().equals(acme.id()))
        .map(CustomerChanged::changed).toList())
        .containsExactly(java.util.Set.of("tier"), java.util.Set.of("creditLimit"), java.util.Set.of("creditLimit"));
    assertThat(audit.search(new AuditQuery("customers.customer", acme.id().toString(), null, null, null, 0, 10)))
        .extracting(AuditEntryView::action)
        .containsExactly("credit-limit-changed", "credit-limit-changed", "tier-changed", "created");
  }

  @Test
  void searchThroughTheFacadeRespectsTheActor() {
    Api.bearer(users, "facade-rep", Role.SALES_REP);
    Actor rep = new Actor(users.findByUsername("facade-rep").orElseThrow().id(), "facade-rep", java.util.Set.of(
        Role.SALES_REP));
    CustomerSearch byCompany = new CustomerSearch(null, company.id(), null, null, null, null, null, null);
    assertThat(customers.search(byCompany, PageQuery.of(0, 10), Actor.SYSTEM).items())
        .extracting(s -> s.customer().code()).containsExactly("ACME");
    assertThat(customers.search(byCompany, PageQuery.of(0, 10), rep).total()).isZero();
    assertThat(customers.visibleTo(rep, acme.id())).isFalse();
  }

  @Test
  void theDetailIsThe360View() {
    CustomerDetail d = customers.detail(acme.id());
    assertThat(d.country()).isEqualTo("CN");
    assertThat(d.contacts()).hasSize(2);
    assertThat(d.bankAccounts()).singleElement().satisfies(a -> assertThat(a.iban()).isFalse());
    assertThat(d.aliases()).extracting(PayerAliasView::source).containsExactly(AliasSource.MANUAL);
    assertThatThrownBy(() -> customers.detail(CustomerId.of("0190a0a0-0000-7000-8000-000000000006")))
        .isInstanceOf(OpenArException.class);
  }

  private static CustomerData data(String nameZh, String nameEn) {
    return new CustomerData(nameZh, nameEn, null, null, null, null, null, null, null, null, null);
  }
}
