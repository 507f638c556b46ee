package org.openar.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.audit.AuditTrail.AuditEntryView;
import org.openar.audit.AuditTrail.AuditQuery;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.identity.Users;
import org.openar.shared.error.OpenArException;
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
  @Autowired CustomerMasterData masterData;
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
    JsonNode c = api.createCustomer(creditManager, galaxy(taxId.toLowerCase()));
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
  void ofTwoConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
    CustomerId id = CustomerId.of(api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), "RACE1", null))
        .get("id").asString());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (String name : List.of("甲方名称", "乙方名称")) {
      outcomes.add(pool.submit(() -> {
        start.await();
        try {
          masterData.update(id, 0, new CustomerData(name, null, null, "CN", null, Tier.B, null, "NET30", null,
              CustomerStatus.ACTIVE, null));
          return "ok";
        } catch (OpenArException e) {
          return e.errorCode().code();
        }
      }));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> f : outcomes) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(results).containsExactlyInAnyOrder("ok", "CUSTOMERS_STALE_VERSION");
    assertThat(customers.get(id).version()).isEqualTo(1);
    assertThat(audit.search(new AuditQuery("customers.customer", id.toString(), null, null, null, 0, 10)))
        .extracting(AuditEntryView::action).containsExactly("updated", "created");
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

  @Test
  void aClerkCannotLiftABlockByDeactivating() throws Exception {
    String id = api.createCustomer(creditManager, CustomerFixtures.minimal(company.id(), "BLK1",
        "\"status\": \"BLOCKED\"")).get("id").asString();
    MvcResult r = api.call(post("/api/v1/customers/" + id + "/deactivate"), clerk, null);
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_CREDIT_DECISION_REQUIRED");
    assertThat(customers.get(CustomerId.of(id)).status()).isEqualTo("BLOCKED");
    r = api.call(post("/api/v1/customers/" + id + "/deactivate"), creditManager, null);
    assertThat(api.read(r).get("status").asString()).isEqualTo("INACTIVE");
  }

  @Test
  void theEndpointsAreInTheOpenApiDocument() throws Exception {
    JsonNode paths = api.read(api.call(get("/v3/api-docs"), clerk, null)).get("paths");
    assertThat(paths.propertyNames()).contains("/api/v1/companies", "/api/v1/companies/{id}", "/api/v1/customers",
        "/api/v1/customers/{id}", "/api/v1/customers/{id}/deactivate", "/api/v1/customers/{id}/contacts/{contactId}",
        "/api/v1/customers/{id}/addresses/{addressId}", "/api/v1/customers/{id}/bank-accounts/{accountId}",
        "/api/v1/customers/{id}/aliases/{aliasId}");
  }

  /** A customer with every kind of child, entered the way people type (lower case, spaces, dashes). */
  private String galaxy(String taxId) {
    return """
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
        .formatted(company.id(), taxId, repId);
  }

  private static String update(long version, String nameZh, String tier, String limit, String status) {
    String credit = limit == null ? "null" : "{\"amount\": \"%s\", \"currency\": \"CNY\"}".formatted(limit);
    return """
        {"version": %d, "nameZh": "%s", "country": "CN", "tier": "%s", "creditLimit": %s, "paymentTerms": "NET30",
         "status": "%s"}""".formatted(version, nameZh, tier, credit, status);
  }
}
