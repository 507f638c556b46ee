package org.openar.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.audit.AuditTrail.AuditEntryView;
import org.openar.audit.AuditTrail.AuditQuery;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Contacts, addresses, bank accounts and payer names as sub-resources of a customer. */
@OpenArIntegrationTest
class CustomerChildrenApiTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired AuditTrail audit;
  CustomerFixtures api;
  CompanyView company;
  String clerk;
  String base;
  String customerId;

  @BeforeEach
  void setUp() throws Exception {
    api = new CustomerFixtures(mvc, json);
    clerk = Api.bearer(users, "child-clerk", Role.AR_CLERK);
    company = CustomerFixtures.company(customers);
    customerId = api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), "K1", null)).get("id").asString();
    base = "/api/v1/customers/" + customerId;
  }

  @Test
  void contactsAreAddedChangedAndRemovedWithOnePrimaryAtATime() throws Exception {
    JsonNode first = created(api.call(post(base + "/contacts"), clerk, """
        {"name": "李雷", "email": "li.lei@example.cn", "role": "BILLING", "primary": true}"""));
    assertThat(first.get("language").asString()).isEqualTo("zh-CN");
    JsonNode second = created(api.call(post(base + "/contacts"), clerk, """
        {"name": "Han Meimei", "phone": "138 0013 8000 ext 12", "language": "en", "role": "FINANCE_MANAGER",
         "primary": true}"""));

    List<JsonNode> contacts = api.read(api.call(get(base + "/contacts"), clerk, null)).valueStream().toList();
    assertThat(contacts).extracting(c -> c.get("name").asString()).containsExactly("Han Meimei", "李雷");
    assertThat(contacts.get(1).get("primary").asBoolean()).isFalse();
    assertThat(contacts.get(1).get("version").asLong()).isEqualTo(1);
    assertThat(customers.contacts(CustomerId.of(customerId))).extracting(ContactView::language)
        .containsExactly("en", "zh-CN");

    String secondUrl = base + "/contacts/" + second.get("id").asString();
    MvcResult changed = api.call(put(secondUrl), clerk, """
        {"name": "Han Meimei", "email": "han@example.com", "language": "zh-CN", "role": "CEO", "primary": true,
         "version": 0}""");
    assertThat(changed.getResponse().getStatus()).isEqualTo(200);
    assertThat(api.read(changed).get("version").asLong()).isEqualTo(1);
    MvcResult stale = api.call(put(secondUrl), clerk, """
        {"name": "Han", "email": "han@example.com", "version": 0}""");
    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    assertThat(api.read(stale).get("code").asString()).isEqualTo("CUSTOMERS_STALE_RECORD_VERSION");

    assertThat(api.call(delete(secondUrl), clerk, null).getResponse().getStatus()).isEqualTo(204);
    assertThat(api.call(delete(secondUrl), clerk, null).getResponse().getStatus()).isEqualTo(404);
    assertThat(actions()).containsExactly("contact-removed", "contact-updated", "contact-added", "contact-updated",
        "contact-added", "created");
    AuditEntryView removal = history().get(0);
    assertThat(removal.before()).contains("han@example.com");
    assertThat(removal.after()).isNull();
  }

  @Test
  void badContactInputIsRejectedOnTheField() throws Exception {
    MvcResult r = api.call(post(base + "/contacts"), clerk, """
        {"name": "x", "email": "no-at-sign.example.com"}""");
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = api.read(r);
    assertThat(problem.get("code").asString()).isEqualTo("CUSTOMERS_INVALID_EMAIL");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("email");
    r = api.call(put(base + "/contacts/0190a0a0-0000-7000-8000-000000000009"), clerk, """
        {"name": "x", "email": "x@example.com", "version": 0}""");
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_CONTACT_NOT_FOUND");
    r = api.call(put(base + "/contacts/0190a0a0-0000-7000-8000-000000000009"), clerk, """
        {"name": "x", "email": "x@example.com"}""");
    assertThat(api.read(r).get("code").asString()).isEqualTo("MISSING_FIELD");
    assertThat(actions()).containsExactly("created");
  }

  @Test
  void addressesAllowOneRegisteredAndOneBillingButManyShipping() throws Exception {
    created(api.call(post(base + "/addresses"), clerk, """
        {"type": "BILLING", "province": "广东省", "city": "深圳市", "district": "南山区", "line": "科技园1号",
         "postcode": "518057"}"""));
    created(api.call(post(base + "/addresses"), clerk, """
        {"type": "SHIPPING", "line": "仓库A"}"""));
    JsonNode shipping = created(api.call(post(base + "/addresses"), clerk, """
        {"type": "SHIPPING", "country": "GB", "line": "10 Downing Street", "postcode": "sw1a 2aa"}"""));
    assertThat(shipping.get("postcode").asString()).isEqualTo("SW1A 2AA");
    MvcResult twice = api.call(post(base + "/addresses"), clerk, """
        {"type": "BILLING", "line": "另一个"}""");
    assertThat(twice.getResponse().getStatus()).isEqualTo(409);
    assertThat(api.read(twice).get("code").asString()).isEqualTo("CUSTOMERS_ADDRESS_TYPE_TAKEN");
    MvcResult retype = api.call(put(base + "/addresses/" + shipping.get("id").asString()), clerk, """
        {"type": "BILLING", "country": "GB", "line": "10 Downing Street", "version": 0}""");
    assertThat(retype.getResponse().getStatus()).isEqualTo(409);
    MvcResult moved = api.call(put(base + "/addresses/" + shipping.get("id").asString()), clerk, """
        {"type": "REGISTERED", "country": "GB", "line": "11 Downing Street", "version": 0}""");
    assertThat(api.read(moved).get("type").asString()).isEqualTo("REGISTERED");
    List<JsonNode> all = api.read(api.call(get(base + "/addresses"), clerk, null)).valueStream().toList();
    assertThat(all).extracting(a -> a.get("type").asString()).containsExactly("REGISTERED", "BILLING", "SHIPPING");
    MvcResult badPostcode = api.call(post(base + "/addresses"), clerk, """
        {"type": "SHIPPING", "line": "x", "postcode": "1000"}""");
    assertThat(api.read(badPostcode).get("code").asString()).isEqualTo("CUSTOMERS_INVALID_POSTCODE");
  }

  @Test
  void aBankAccountBelongsToOneCustomerPerCompany() throws Exception {
    JsonNode account = created(api.call(post(base + "/bank-accounts"), clerk, """
        {"accountNumber": "GB82 WEST 1234 5698 7654 32", "bankName": "Westminster", "currency": "GBP"}"""));
    assertThat(account.get("iban").asBoolean()).isTrue();
    String other = api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), "K2", null)).get("id").asString();
    MvcResult taken = api.call(post("/api/v1/customers/" + other + "/bank-accounts"), clerk, """
        {"accountNumber": "gb82-west-1234-5698-7654-32"}""");
    assertThat(taken.getResponse().getStatus()).isEqualTo(409);
    JsonNode problem = api.read(taken);
    assertThat(problem.get("code").asString()).isEqualTo("CUSTOMERS_BANK_ACCOUNT_TAKEN");
    assertThat(problem.get("detail").asString()).contains("K1");

    CompanyView otherCompany = CustomerFixtures.company(customers);
    String elsewhere = api.createCustomer(clerk, CustomerFixtures.minimal(otherCompany.id(), "K1", null))
        .get("id").asString();
    created(api.call(post("/api/v1/customers/" + elsewhere + "/bank-accounts"), clerk, """
        {"accountNumber": "GB82WEST12345698765432"}"""));

    String url = base + "/bank-accounts/" + account.get("id").asString();
    MvcResult changed = api.call(put(url), clerk, """
        {"accountNumber": "GB82WEST12345698765432", "bankName": "NatWest", "currency": "GBP", "version": 0}""");
    assertThat(api.read(changed).get("bankName").asString()).isEqualTo("NatWest");
    assertThat(api.call(delete(url), clerk, null).getResponse().getStatus()).isEqualTo(204);
    created(api.call(post("/api/v1/customers/" + other + "/bank-accounts"), clerk, """
        {"accountNumber": "GB82 WEST 1234 5698 7654 32"}"""));
    assertThat(actions()).containsExactly("bank-account-removed", "bank-account-updated", "bank-account-added",
        "created");
  }

  @Test
  void anInvalidIbanIsExplained() throws Exception {
    MvcResult r = api.call(post(base + "/bank-accounts").header("Accept-Language", "en"), clerk, """
        {"accountNumber": "DE89 3704 0044 0532 0130 01"}""");
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = api.read(r);
    assertThat(problem.get("code").asString()).isEqualTo("CUSTOMERS_INVALID_IBAN");
    assertThat(problem.get("detail").asString()).contains("check digits do not match");
    r = api.call(post(base + "/bank-accounts"), clerk, """
        {"accountNumber": "DE89 3704 0044 0532 0130"}""");
    assertThat(api.read(r).get("detail").asString()).contains("an IBAN of DE has 22 characters, not 20");
    r = api.call(post(base + "/bank-accounts"), clerk, """
        {"accountNumber": "6222021001123456789", "bic": "ICBK"}""");
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_INVALID_BIC");
    assertThat(customers.detail(CustomerId.of(customerId)).bankAccounts()).isEmpty();
  }

  @Test
  void payerNamesAreAddedOnceAndRemoved() throws Exception {
    JsonNode alias = created(api.call(post(base + "/aliases"), clerk, """
        {"name": "ACME Trading Co., Ltd."}"""));
    assertThat(alias.get("source").asString()).isEqualTo("MANUAL");
    assertThat(alias.get("nameKey").asString()).isEqualTo("acmetradingcoltd");
    MvcResult again = api.call(post(base + "/aliases"), clerk, """
        {"name": "acme trading co ltd"}""");
    assertThat(again.getResponse().getStatus()).isEqualTo(409);
    assertThat(api.read(again).get("code").asString()).isEqualTo("CUSTOMERS_ALIAS_EXISTS");
    String url = base + "/aliases/" + alias.get("id").asString();
    assertThat(api.call(delete(url), clerk, null).getResponse().getStatus()).isEqualTo(204);
    assertThat(api.read(api.call(get(base + "/aliases"), clerk, null))).isEmpty();
    assertThat(actions()).containsExactly("alias-removed", "alias-added", "created");
  }

  @Test
  void childrenOfAnUnknownCustomerAre404() throws Exception {
    String unknown = "/api/v1/customers/0190a0a0-0000-7000-8000-000000000004";
    for (String path : List.of("/contacts", "/addresses", "/bank-accounts", "/aliases")) {
      MvcResult r = api.call(get(unknown + path), clerk, null);
      assertThat(r.getResponse().getStatus()).as(path).isEqualTo(404);
      assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_CUSTOMER_NOT_FOUND");
    }
    MvcResult r = api.call(post(unknown + "/aliases"), clerk, "{\"name\": \"x\"}");
    assertThat(r.getResponse().getStatus()).isEqualTo(404);
  }

  private JsonNode created(MvcResult r) throws Exception {
    assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
    return api.read(r);
  }

  private List<AuditEntryView> history() {
    return audit.search(new AuditQuery("customers.customer", customerId, null, null, null, 0, 50));
  }

  private List<String> actions() {
    return history().stream().map(AuditEntryView::action).toList();
  }
}
