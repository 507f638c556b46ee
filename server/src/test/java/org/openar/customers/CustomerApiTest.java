package org.openar.customers;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@OpenArIntegrationTest
@RecordApplicationEvents
class CustomerApiTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired AuditTrail audit;
  @Autowired ApplicationEvents events;
  CustomerFixtures api;
  CompanyView company;
  String clerk;
  String creditManager;
  String repId;

  @BeforeEach
  void setUp() {
    api = new CustomerFixtures(mvc, json);
    clerk = Api.bearer(users, "cust-clerk", Role.AR_CLERK);
    creditManager = Api.bearer(users, "cust-credit", Role.CREDIT_MANAGER);
    Api.bearer(users, "cust-rep", Role.SALES_REP);
    repId = users.findByUsername("cust-rep").orElseThrow().id().toString();
    company = CustomerFixtures.company(customers);
  }

  @Test
  void aCustomerIsCreatedWithItsChildrenAndReadBackAs360View() throws Exception {
    String taxId = CustomerFixtures.uscc();
    JsonNode c = api.createCustomer(creditManager, """
        {"companyId": "%s", "code": "C-100", "nameZh": "上海星河贸易有限公司", "nameEn": "Shanghai Galaxy Trading",
         "taxId": "%s", "region": "华东", "tier": "A", "creditLimit": {"amount": "500000.00", "currency": "CNY"},
         "paymentTerms": "2/10, net30", "salesRepId": "%s", "tags": ["key-account", "steel"],
         "addresses": [{"type": "REGISTERED", "province": "上海市", "city": "上海市", "district": "浦东新区",
                        "line": "世纪大道100号", "postcode": "200120"},
                       {"type": "SHIPPING", "country": "HK", "line": "1 Harbour Road, Wan Chai"}],
         "contacts": [{"name": "王芳", "email": "wang.fang@galaxy.example.cn", "phone": "+86 21 6123-4567",
                       "role": "ACCOUNTS_PAYABLE", "primary": true},
                      {"name": "John Smith", "email": "john@galaxy.example.com", "language": "en-US", "role": "CEO"}],
         "bankAccounts": [{"accountNumber": "6222 0210 0112 3456 789", "bankName": "中国工商银行上海分行",
                           "holderName": "上海星河贸易有限公司", "currency": "CNY"},
                          {"accountNumber": "de89 3704 0044 0532 0130 00", "bic": "cobadeffxxx", "currency": "EUR"}],
         "aliases": ["上海星河贸易", "SH GALAXY TRADING CO"]}"""
        .formatted(company.id(), taxId.toLowerCase(), repId));
    String id = c.get("id").asString();
    assertThat(c.get("taxId").asString()).isEqualTo(taxId);
    assertThat(c.get("country").asString()).isEqualTo("CN");
    assertThat(c.get("paymentTerms").asString()).isEqualTo("2/10,NET30");
    assertThat(c.get("creditLimit").get("amount").asString()).isEqualTo("500000.00");
    assertThat(c.get("version").asLong()).isZero();
    assertThat(c.get("addresses").get(1).get("country").asString()).isEqualTo("HK");
    assertThat(c.get("contacts").get(0).get("language").asString()).isEqualTo("zh-CN");
    assertThat(c.get("contacts").get(0).get("primary").asBoolean()).isTrue();
    assertThat(c.get("contacts").get(1).get("language").asString()).isEqualTo("en");
    assertThat(c.get("bankAccounts").get(0).get("numberKey").asString()).isEqualTo("6222021001123456789");
    assertThat(c.get("bankAccounts").get(1).get("iban").asBoolean()).isTrue();
    assertThat(c.get("bankAccounts").get(1).get("bic").asString()).isEqualTo("COBADEFFXXX");
    assertThat(c.get("aliases")).hasSize(2);

    JsonNode read = api.read(api.call(get("/api/v1/customers/" + id), clerk, null));
    assertThat(read).isEqualTo(c);
    assertThat(events.stream(CustomerCreated.class).filter(e -> e.customerId().toString().equals(id))).hasSize(1);
    List<AuditEntryView> entries = audit.search(new AuditQuery("customers.customer", id, null, null, null, 0, 10));
    assertThat(entries).extracting(AuditEntryView::action).containsExactly("created");
    assertThat(entries.get(0).after()).contains("王芳").contains("DE89370400440532013000");
  }

  @Test
  void everyInvalidFieldIsReportedWithItsJsonPathAndNothingIsWritten() throws Exception {
    MvcResult r = api.call(post("/api/v1/customers"), clerk, """
        {"companyId": "%s", "code": "BAD1", "nameZh": "坏客户", "taxId": "91350100M000100Y44",
         "paymentTerms": "NET30,NET60", "tags": ["ok", "a,b"],
         "contacts": [{"name": "甲", "email": "jia@example.cn"}, {"name": "乙", "email": "yi@@example"},
                      {"name": "丙"}, {"name": "丁", "phone": "call me", "language": "fr"}],
         "addresses": [{"type": "BILLING", "line": "x", "postcode": "12345"}, {"line": "y"}],
         "bankAccounts": [{"accountNumber": "DE89 3704 0044 0532 0130 01"}, {"accountNumber": "12"}],
         "aliases": ["!!!"]}""".formatted(company.id()));
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = api.read(r);
    assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
        .containsExactlyInAnyOrder(
            "taxId:CUSTOMERS_INVALID_TAX_ID", "paymentTerms:CUSTOMERS_INVALID_TERMS", "tags[1]:CUSTOMERS_INVALID_TAG",
            "contacts[1].email:CUSTOMERS_INVALID_EMAIL", "contacts[2].email:CUSTOMERS_CONTACT_UNREACHABLE",
            "contacts[3].phone:CUSTOMERS_INVALID_PHONE", "contacts[3].language:CUSTOMERS_INVALID_LANGUAGE",
            "addresses[0].postcode:CUSTOMERS_INVALID_POSTCODE", "addresses[1].type:MISSING_FIELD",
            "bankAccounts[0].accountNumber:CUSTOMERS_INVALID_IBAN",
            "bankAccounts[1].accountNumber:CUSTOMERS_INVALID_ACCOUNT_NUMBER", "aliases[0]:CUSTOMERS_INVALID_ALIAS");
    assertThat(customers.findByCode(company.id(), "BAD1")).isEmpty();
  }

  @Test
  void aTaxIdErrorNamesThePositionAndReasonInTheCallersLanguage() throws Exception {
    String body = CustomerFixtures.minimal(company.id(), "TAX1", "\"taxId\": \"91350100M000100Y44\"");
    JsonNode en = api.read(api.call(post("/api/v1/customers").header("Accept-Language", "en"), clerk, body));
    assertThat(en.get("code").asString()).isEqualTo("CUSTOMERS_INVALID_TAX_ID");
    assertThat(en.get("errors").get(0).get("field").asString()).isEqualTo("taxId");
    assertThat(en.get("detail").asString()).contains("position 18 is '4' but should be '3'");
    JsonNode zh = api.read(api.call(post("/api/v1/customers").header("Accept-Language", "zh-CN"), clerk, body));
    assertThat(zh.get("detail").asString()).contains("第 18 位校验码为“4”，应为“3”");
    JsonNode letter = api.read(api.call(post("/api/v1/customers"), clerk,
        CustomerFixtures.minimal(company.id(), "TAX2", "\"taxId\": \"91350100M000100O43\"")));
    assertThat(letter.get("detail").asString()).contains("'O' at position 16 is not allowed");
  }

  @Test
  void foreignCustomersMayHaveForeignTaxIds() throws Exception {
    JsonNode c = api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), "US1",
        "\"country\": \"us\", \"taxId\": \"12-3456789\""));
    assertThat(c.get("country").asString()).isEqualTo("US");
    assertThat(c.get("taxId").asString()).isEqualTo("12-3456789");
    MvcResult r = api.call(post("/api/v1/customers"), clerk, CustomerFixtures.minimal(company.id(), "US2",
        "\"country\": \"XX\""));
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_INVALID_COUNTRY");
  }

  @Test
  void paymentTermsErrorsCarryTheParsersReason() throws Exception {
    MvcResult r = api.call(post("/api/v1/customers"), clerk,
        CustomerFixtures.minimal(company.id(), "TERMS1", "\"paymentTerms\": \"2/40,NET30\""));
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = api.read(r);
    assertThat(problem.get("code").asString()).isEqualTo("CUSTOMERS_INVALID_TERMS");
    assertThat(problem.get("detail").asString()).contains("2/40,NET30").contains("after the due date");
  }

  @Test
  void theSalesRepMustBeAUserWithTheSalesRepRole() throws Exception {
    String clerkId = users.findByUsername("cust-clerk").orElseThrow().id().toString();
    for (String rep : List.of(clerkId, "0190a0a0-0000-7000-8000-000000000001")) {
      MvcResult r = api.call(post("/api/v1/customers"), clerk,
          CustomerFixtures.minimal(company.id(), CustomerFixtures.unique("R"), "\"salesRepId\": \"%s\"".formatted(rep)));
      assertThat(r.getResponse().getStatus()).isEqualTo(400);
      assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_INVALID_SALES_REP");
    }
  }

  @Test
  void unknownCompanyDuplicateCodeAndUnknownFieldsAreRefused() throws Exception {
    MvcResult r = api.call(post("/api/v1/customers"), clerk,
        CustomerFixtures.minimal(CompanyId.of("0190a0a0-0000-7000-8000-000000000002"), "X1", null));
    assertThat(r.getResponse().getStatus()).isEqualTo(404);
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_COMPANY_NOT_FOUND");
    api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), "DUP1", null));
    r = api.call(post("/api/v1/customers"), clerk, CustomerFixtures.minimal(company.id(), "DUP1", null));
    assertThat(r.getResponse().getStatus()).isEqualTo(409);
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_CODE_TAKEN");
    r = api.call(post("/api/v1/customers"), clerk, CustomerFixtures.minimal(company.id(), "UNK1", "\"vip\": true"));
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(api.read(r).get("code").asString()).isEqualTo("UNKNOWN_FIELD");
    r = api.call(post("/api/v1/customers"), clerk, CustomerFixtures.minimal(company.id(), "NEG1",
        "\"creditLimit\": {\"amount\": \"10.001\", \"currency\": \"CNY\"}"));
    assertThat(api.read(r).get("code").asString()).isEqualTo("AMOUNT_SCALE");
    r = api.call(post("/api/v1/customers"), clerk, CustomerFixtures.minimal(company.id(), "TIER1", "\"tier\": \"D\""));
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(api.read(r).get("errors").get(0).get("field").asString()).isEqualTo("tier");
    assertThat(customers.findByCode(company.id(), "UNK1")).isEmpty();
  }

  @Test
  void creditFieldsAreACreditManagersDecision() throws Exception {
    MvcResult r = api.call(post("/api/v1/customers"), clerk, CustomerFixtures.minimal(company.id(), "CR1",
        "\"creditLimit\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}"));
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
    JsonNode problem = api.read(r);
    assertThat(problem.get("code").asString()).isEqualTo("CUSTOMERS_CREDIT_DECISION_REQUIRED");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("creditLimit");
    r = api.call(post("/api/v1/customers"), creditManager, CustomerFixtures.minimal(company.id(), "CR1",
        "\"creditLimit\": {\"amount\": \"-1.00\", \"currency\": \"CNY\"}"));
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_NEGATIVE_CREDIT_LIMIT");

    JsonNode c = api.createCustomer(creditManager, CustomerFixtures.minimal(company.id(), "CR1",
        "\"tier\": \"A\", \"creditLimit\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}"));
    String id = c.get("id").asString();
    r = api.call(put("/api/v1/customers/" + id), clerk, update(0, "客户CR1", "C", "1000.00", "ACTIVE"));
    assertThat(api.read(r).get("errors").get(0).get("field").asString()).isEqualTo("tier");
    r = api.call(put("/api/v1/customers/" + id), clerk, update(0, "客户CR1", "A", "1000.00", "BLOCKED"));
    assertThat(api.read(r).get("errors").get(0).get("field").asString()).isEqualTo("status");
    r = api.call(put("/api/v1/customers/" + id), clerk, update(0, "上海客户CR1", "A", "1000.00", "ACTIVE"));
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void updatesUseOptimisticLockingAndAreAuditedWithBeforeAndAfter() throws Exception {
    JsonNode c = api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), "UPD1", null));
    String id = c.get("id").asString();
    MvcResult first = api.call(put("/api/v1/customers/" + id), clerk, update(0, "北京新名称", "B", null, "ACTIVE"));
    assertThat(first.getResponse().getStatus()).isEqualTo(200);
    JsonNode updated = api.read(first);
    assertThat(updated.get("version").asLong()).isEqualTo(1);
    assertThat(updated.get("nameZh").asString()).isEqualTo("北京新名称");
    assertThat(updated.get("nameEn").isNull()).isTrue();

    MvcResult stale = api.call(put("/api/v1/customers/" + id), clerk, update(0, "另一个名称", "B", null, "ACTIVE"));
    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    JsonNode problem = api.read(stale);
    assertThat(problem.get("code").asString()).isEqualTo("CUSTOMERS_STALE_VERSION");
    assertThat(problem.get("detail").asString()).contains("version 1");
    assertThat(customers.get(CustomerId.of(id)).nameZh()).isEqualTo("北京新名称");

    List<AuditEntryView> entries = audit.search(new AuditQuery("customers.customer", id, null, null, null, 0, 10));
    assertThat(entries).extracting(AuditEntryView::action).containsExactly("updated", "created");
    assertThat(entries.get(0).actor()).isEqualTo("cust-clerk");
    assertThat(entries.get(0).before()).contains("客户UPD1");
    assertThat(entries.get(0).after()).contains("北京新名称");
    assertThat(events.stream(CustomerChanged.class).filter(e -> e.customerId().toString().equals(id)))
        .singleElement().satisfies(e -> {
          assertThat(e.changed()).as("a PUT replaces every field, so the absent nameEn was cleared")
              .containsExactlyInAnyOrder("nameZh", "nameEn");
          assertThat(e.version()).isEqualTo(1);
        });
  }

  @Test
  void anUpdateWithoutVersionOrRequiredFieldsIsRefused() throws Exception {
    JsonNode c = api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), "UPD2", null));
    String id = c.get("id").asString();
    MvcResult r = api.call(put("/api/v1/customers/" + id), clerk, "{\"nameZh\": \"x\"}");
    assertThat(api.read(r).get("code").asString()).isEqualTo("MISSING_FIELD");
    r = api.call(put("/api/v1/customers/" + id), clerk, "{\"version\": 0, \"nameZh\": \"x\"}");
    assertThat(api.read(r).get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder("country", "tier", "paymentTerms", "status");
    assertThat(customers.get(CustomerId.of(id)).version()).isZero();
  }

  @Test
  void deactivationKeepsTheCustomerAndIsIdempotent() throws Exception {
    JsonNode c = api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), "DEACT1", null));
    String id = c.get("id").asString();
    JsonNode d = api.read(api.call(post("/api/v1/customers/" + id + "/deactivate"), clerk, null));
    assertThat(d.get("status").asString()).isEqualTo("INACTIVE");
    assertThat(d.get("version").asLong()).isEqualTo(1);
    d = api.read(api.call(post("/api/v1/customers/" + id + "/deactivate"), clerk, null));
    assertThat(d.get("version").asLong()).isEqualTo(1);
    assertThat(audit.search(new AuditQuery("customers.customer", id, null, null, null, 0, 10)))
        .extracting(AuditEntryView::action).containsExactly("deactivated", "created");
    MvcResult r = api.call(post("/api/v1/customers/0190a0a0-0000-7000-8000-000000000003/deactivate"), clerk, null);
    assertThat(r.getResponse().getStatus()).isEqualTo(404);
  }

  private static String update(long version, String nameZh, String tier, String limit, String status) {
    String credit = limit == null ? "null" : "{\"amount\": \"%s\", \"currency\": \"CNY\"}".formatted(limit);
    return """
        {"version": %d, "nameZh": "%s", "country": "CN", "tier": "%s", "creditLimit": %s, "paymentTerms": "NET30",
         "status": "%s"}""".formatted(version, nameZh, tier, credit, status);
  }
}
