package org.openar.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input to the customer API: a clear 4xx problem with the field's JSON path, and nothing written. */
@OpenArIntegrationTest
class CustomerValidationApiTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Users users;
  @Autowired Customers customers;
  CustomerFixtures api;
  CompanyView company;
  String clerk;

  @BeforeEach
  void setUp() {
    api = new CustomerFixtures(mvc, json);
    clerk = Api.bearer(users, "valid-clerk", Role.AR_CLERK);
    company = CustomerFixtures.company(customers);
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
    String clerkId = users.findByUsername("valid-clerk").orElseThrow().id().toString();
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
}
