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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@OpenArIntegrationTest
class CompanyApiTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired AuditTrail audit;
  CustomerFixtures api;
  String admin;
  String clerk;

  @BeforeEach
  void setUp() {
    api = new CustomerFixtures(mvc, json);
    admin = Api.bearer(users, "company-admin", Role.ADMIN);
    clerk = Api.bearer(users, "company-clerk", Role.AR_CLERK);
  }

  @Test
  void anAdminCreatesReadsAndUpdatesACompanyAndEveryChangeIsAudited() throws Exception {
    String code = CustomerFixtures.unique("SH");
    MvcResult created = api.call(post("/api/v1/companies"), admin, """
        {"code": "%s", "name": "上海样例贸易有限公司", "nameEn": "Shanghai Sample Trading", "baseCurrency": "CNY",
         "timeZone": "Asia/Shanghai"}""".formatted(code));
    assertThat(created.getResponse().getStatus()).isEqualTo(201);
    JsonNode company = api.read(created);
    String id = company.get("id").asString();
    assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/companies/" + id);
    assertThat(company.get("baseCurrency").asString()).isEqualTo("CNY");

    JsonNode read = api.read(api.call(get("/api/v1/companies/" + id), clerk, null));
    assertThat(read.get("name").asString()).isEqualTo("上海样例贸易有限公司");
    JsonNode list = api.read(api.call(get("/api/v1/companies"), clerk, null));
    assertThat(list.valueStream().map(c -> c.get("code").asString()).toList()).contains(code);

    MvcResult updated = api.call(put("/api/v1/companies/" + id), admin, """
        {"name": "上海样例贸易有限公司", "nameEn": "Shanghai Sample Trading Ltd.", "baseCurrency": "USD",
         "timeZone": "America/New_York"}""");
    assertThat(updated.getResponse().getStatus()).isEqualTo(200);
    assertThat(api.read(updated).get("timeZone").asString()).isEqualTo("America/New_York");
    assertThat(customers.getCompany(CompanyId.of(id)).baseCurrency().code()).isEqualTo("USD");

    List<AuditEntryView> entries = audit.search(new AuditQuery("customers.company", id, null, null, null, 0, 10));
    assertThat(entries).extracting(AuditEntryView::action).containsExactly("updated", "created");
    assertThat(entries.get(0).before()).contains("CNY");
    assertThat(entries.get(0).after()).contains("USD").contains("America/New_York");
  }

  @Test
  void onlyAnAdminMayCreateOrChangeCompanies() throws Exception {
    MvcResult r = api.call(post("/api/v1/companies"), clerk, """
        {"code": "%s", "name": "X", "baseCurrency": "CNY"}""".formatted(CustomerFixtures.unique("NO")));
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
    assertThat(api.read(r).get("code").asString()).isEqualTo("FORBIDDEN");
    CompanyView company = CustomerFixtures.company(customers);
    r = api.call(put("/api/v1/companies/" + company.id()), clerk, """
        {"name": "X", "baseCurrency": "CNY"}""");
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void anUnknownTimeZoneOrAFixedOffsetIsRejected() throws Exception {
    for (String zone : List.of("Asia/Beijing", "+08:00")) {
      MvcResult r = api.call(post("/api/v1/companies"), admin, """
          {"code": "%s", "name": "X", "baseCurrency": "CNY", "timeZone": "%s"}"""
          .formatted(CustomerFixtures.unique("TZ"), zone));
      assertThat(r.getResponse().getStatus()).as(zone).isEqualTo(400);
      JsonNode problem = api.read(r);
      assertThat(problem.get("code").asString()).isEqualTo("CUSTOMERS_INVALID_TIME_ZONE");
      assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
    }
  }

  @Test
  void missingFieldsAreAllReportedAndNothingIsWritten() throws Exception {
    int before = customers.companies().size();
    MvcResult r = api.call(post("/api/v1/companies"), admin, """
        {"code": "bad code!", "name": " "}""");
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = api.read(r);
    assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
        .containsExactlyInAnyOrder("code:CUSTOMERS_INVALID_CODE", "name:CUSTOMERS_NAME_REQUIRED",
            "baseCurrency:MISSING_FIELD");
    assertThat(customers.companies()).hasSize(before);
  }

  @Test
  void unknownCurrencyAndDuplicateCodeAreRefused() throws Exception {
    MvcResult r = api.call(post("/api/v1/companies"), admin, """
        {"code": "%s", "name": "X", "baseCurrency": "XYZ"}""".formatted(CustomerFixtures.unique("CC")));
    assertThat(r.getResponse().getStatus()).isEqualTo(400);
    assertThat(api.read(r).get("code").asString()).isEqualTo("UNKNOWN_CURRENCY");
    CompanyView existing = CustomerFixtures.company(customers);
    r = api.call(post("/api/v1/companies"), admin, """
        {"code": "%s", "name": "X", "baseCurrency": "CNY"}""".formatted(existing.code()));
    assertThat(r.getResponse().getStatus()).isEqualTo(409);
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_COMPANY_CODE_TAKEN");
  }

  @Test
  void theBaseCurrencyIsLockedOnceTheCompanyHasCustomers() throws Exception {
    CompanyView company = CustomerFixtures.company(customers);
    api.createCustomer(admin, CustomerFixtures.minimal(company.id(), "LOCK1", null));
    MvcResult r = api.call(put("/api/v1/companies/" + company.id()), admin, """
        {"name": "测试公司", "nameEn": "Test Co", "baseCurrency": "USD"}""");
    assertThat(r.getResponse().getStatus()).isEqualTo(422);
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_COMPANY_CURRENCY_LOCKED");
    assertThat(customers.getCompany(company.id()).baseCurrency().code()).isEqualTo("CNY");
    r = api.call(put("/api/v1/companies/" + company.id()), admin, """
        {"name": "测试公司（新）", "nameEn": "Test Co", "baseCurrency": "CNY"}""");
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void anUnknownCompanyIs404() throws Exception {
    MvcResult r = api.call(get("/api/v1/companies/0190a0a0-0000-7000-8000-000000000000"), clerk, null);
    assertThat(r.getResponse().getStatus()).isEqualTo(404);
    assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_COMPANY_NOT_FOUND");
  }
}
