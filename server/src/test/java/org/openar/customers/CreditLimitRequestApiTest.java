package org.openar.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.identity.Users;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Credit limits through maker-checker: a clerk asks, a credit manager or controller decides, the limit follows. */
@OpenArIntegrationTest
class CreditLimitRequestApiTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Users users;
  @Autowired Customers customers;
  CustomerFixtures api;
  CompanyView company;
  String clerk;
  String creditManager;
  String controller;

  @BeforeEach
  void setUp() {
    api = new CustomerFixtures(mvc, json);
    clerk = Api.bearer(users, "limit-clerk", Role.AR_CLERK);
    creditManager = Api.bearer(users, "limit-credit", Role.CREDIT_MANAGER);
    controller = Api.bearer(users, "limit-controller", Role.CONTROLLER);
    company = CustomerFixtures.company(customers);
  }

  private String customer() throws Exception {
    String code = CustomerFixtures.unique("CL");
    return api.createCustomer(creditManager, CustomerFixtures.minimal(company.id(), code,
        "\"creditLimit\": {\"amount\": \"100000.00\", \"currency\": \"CNY\"}")).get("id").asString();
  }

  private ResultActions request(String bearer, String customerId, String body) throws Exception {
    return mvc.perform(post("/api/v1/customers/" + customerId + "/credit-limit-requests").header("Authorization", bearer)
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions decide(String bearer, String approvalId, String decision, String comment) throws Exception {
    return mvc.perform(post("/api/v1/approvals/" + approvalId + "/decision").header("Authorization", bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"decision\": \"" + decision + "\", \"comment\": \"" + comment + "\"}"));
  }

  private Money limitOf(String customerId) {
    return customers.find(new CustomerId(java.util.UUID.fromString(customerId))).orElseThrow().creditLimit();
  }

  @Test
  void aGrantedRequestSetsTheNewLimitAndARejectedOneLeavesIt() throws Exception {
    String id = customer();
    String made = request(clerk, id, """
        {"creditLimit": {"amount": "250000.00", "currency": "CNY"}, "reason": "Framework contract renewed"}""")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.type").value("customers.credit-limit"))
        .andExpect(jsonPath("$.subjectId").value(id))
        .andExpect(jsonPath("$.amount.amount").value("250000.00"))
        .andExpect(jsonPath("$.payload.currentLimit.amount").value("100000.00"))
        .andExpect(jsonPath("$.payload.reason").value("Framework contract renewed"))
        .andExpect(jsonPath("$.deciderRoles.length()").value(2))
        .andReturn().getResponse().getContentAsString();
    String approval = JsonPath.read(made, "$.id");

    request(clerk, id, """
        {"creditLimit": {"amount": "300000.00", "currency": "CNY"}, "reason": "again"}""")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("IDENTITY_APPROVAL_ALREADY_PENDING"));
    decide(clerk, approval, "APPROVE", "mine").andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/approvals/pending-for-me").header("Authorization", creditManager))
        .andExpect(jsonPath("$.items[?(@.id == '" + approval + "')].canDecide").value(true));

    decide(creditManager, approval, "APPROVE", "ok").andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(10)).until(() -> Money.parse("250000.00 CNY").equals(limitOf(id)));

    String second = JsonPath.read(request(clerk, id, """
        {"creditLimit": {"amount": "900000.00", "currency": "CNY"}, "reason": "more"}""")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    decide(controller, second, "REJECT", "Payment record too weak").andExpect(status().isOk());
    Thread.sleep(300);
    assertThat(limitOf(id)).isEqualTo(Money.parse("250000.00 CNY"));
  }

  @Test
  void largeLimitsNeedAControllerAndBadRequestsAreRefusedOnTheirFields() throws Exception {
    String id = customer();
    request(clerk, id, """
        {"creditLimit": {"amount": "6000000.00", "currency": "CNY"}, "reason": "Group guarantee"}""")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.deciderRoles.length()").value(1))
        .andExpect(jsonPath("$.deciderRoles[0]").value("CONTROLLER"));

    String other = customer();
    request(clerk, other, """
        {"creditLimit": {"amount": "0.00", "currency": "CNY"}, "reason": " "}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'creditLimit')].code").value("CUSTOMERS_CREDIT_LIMIT_NOT_POSITIVE"))
        .andExpect(jsonPath("$.errors[?(@.field == 'reason')].code").value("MISSING_FIELD"));
    request(clerk, other, """
        {"creditLimit": {"amount": "100000.00", "currency": "CNY"}, "reason": "same"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("CUSTOMERS_CREDIT_LIMIT_UNCHANGED"))
        .andExpect(jsonPath("$.errors[0].field").value("creditLimit"));
    request(Api.bearer(users, "limit-rep", Role.SALES_REP), other, """
        {"creditLimit": {"amount": "1.00", "currency": "CNY"}, "reason": "x"}""")
        .andExpect(status().isForbidden());
    request(clerk, java.util.UUID.randomUUID().toString(), """
        {"creditLimit": {"amount": "1.00", "currency": "CNY"}, "reason": "x"}""")
        .andExpect(status().isNotFound());
  }
}
