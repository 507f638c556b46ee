package org.openar.cashapp;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** House bank accounts over REST: who may change them, and every bad input a 4xx problem+json. */
@OpenArIntegrationTest
class HouseAccountApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  String controller;
  String clerk;
  CompanyView company;

  @BeforeEach
  void setUp() {
    controller = Api.bearer(users, "cash-controller", Role.CONTROLLER);
    clerk = Api.bearer(users, "cash-accounts-clerk", Role.AR_CLERK);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    company = customers.createCompany(new Customers.NewCompany("H" + tag, "账户测试", "Accounts " + tag,
        CurrencyCode.EUR, null));
  }

  @Test
  void aControllerRegistersChangesAndDeletesAnAccountAndAClerkReadsIt() throws Exception {
    String iban = Camt053.iban(CashFixture.randomAccount());
    String body = call(post("/api/v1/cashapp/bank-accounts"), controller, """
        {"companyId":"%s","accountNumber":"%s","name":"Main EUR","bankName":"Test Bank","bic":"testdeff",
         "currency":"EUR"}""".formatted(company.id(), spaced(iban)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.iban").value(true)).andExpect(jsonPath("$.bic").value("TESTDEFF"))
        .andReturn().getResponse().getContentAsString();
    String id = JsonPath.read(body, "$.id");
    mvc.perform(get("/api/v1/cashapp/bank-accounts").param("companyId", company.id().toString())
            .header("Authorization", clerk))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].accountNumber").value(spaced(iban)));
    call(put("/api/v1/cashapp/bank-accounts/" + id), controller, """
        {"accountNumber":"%s","name":"Renamed","currency":"EUR","active":false,"version":0}""".formatted(iban))
        .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false))
        .andExpect(jsonPath("$.version").value(1));
    refused(put("/api/v1/cashapp/bank-accounts/" + id), controller, """
        {"accountNumber":"%s","version":0}""".formatted(iban), 409, "CASHAPP_STALE_VERSION", "version");
    mvc.perform(delete("/api/v1/cashapp/bank-accounts/" + id).header("Authorization", controller))
        .andExpect(status().isNoContent());
  }

  @Test
  void badAccountsAreRefusedOnTheirFields() throws Exception {
    String ok = Camt053.iban(CashFixture.randomAccount());
    String badCheck = ok.substring(0, 2) + (ok.charAt(2) == '9' ? "0" : "9") + ok.substring(3);
    refused(post("/api/v1/cashapp/bank-accounts"), controller, account(badCheck), 400, "CASHAPP_IBAN_INVALID",
        "accountNumber");
    refused(post("/api/v1/cashapp/bank-accounts"), controller, account("12"), 400, "CASHAPP_BANK_ACCOUNT_INVALID",
        "accountNumber");
    refused(post("/api/v1/cashapp/bank-accounts"), controller, account(""), 400, "MISSING_FIELD", "accountNumber");
    refused(post("/api/v1/cashapp/bank-accounts"), controller, """
        {"companyId":"%s","accountNumber":"%s","currency":"XXQ"}""".formatted(company.id(), ok), 400,
        "UNKNOWN_CURRENCY", "currency");
    refused(post("/api/v1/cashapp/bank-accounts"), controller, """
        {"companyId":"%s","accountNumber":"%s"}""".formatted(UUID.randomUUID(), ok), 422, "CASHAPP_UNKNOWN_COMPANY",
        "companyId");
    refused(post("/api/v1/cashapp/bank-accounts"), controller, """
        {"companyId":"%s","accountNumber":"%s","mapping":{"columns":{"payer_name":"Name"}}}"""
        .formatted(company.id(), ok), 400, "CASHAPP_INVALID_MAPPING", "mapping");
    call(post("/api/v1/cashapp/bank-accounts"), controller, account(ok)).andExpect(status().isCreated());
    refused(post("/api/v1/cashapp/bank-accounts"), controller, account(spaced(ok)), 409, "CASHAPP_BANK_ACCOUNT_TAKEN",
        "accountNumber");
    refused(get("/api/v1/cashapp/bank-accounts/" + UUID.randomUUID()), controller, null, 404,
        "CASHAPP_BANK_ACCOUNT_NOT_FOUND", null);
  }

  @Test
  void aClerkMayNotRegisterAccounts() throws Exception {
    refused(post("/api/v1/cashapp/bank-accounts"), clerk, account(Camt053.iban(CashFixture.randomAccount())), 403,
        "FORBIDDEN", null);
  }

  private String account(String number) {
    return "{\"companyId\":\"" + company.id() + "\",\"accountNumber\":\"" + number + "\"}";
  }

  private static String spaced(String iban) {
    return iban.replaceAll("(.{4})", "$1 ").trim();
  }

  private ResultActions call(MockHttpServletRequestBuilder request, String auth, String json) throws Exception {
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(request.header("Authorization", auth));
  }

  private void refused(MockHttpServletRequestBuilder request, String auth, String json, int status, String code,
      String field) throws Exception {
    ResultActions r = call(request, auth, json).andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(code)).andExpect(jsonPath("$.detail").isNotEmpty());
    if (field != null) {
      r.andExpect(jsonPath("$.errors[0].field").value(field));
    }
  }
}
