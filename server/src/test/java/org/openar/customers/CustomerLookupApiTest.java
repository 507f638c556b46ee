package org.openar.customers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.shared.security.Role;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The small reads lists of other records need: customer names by id, and the sales reps by name. */
@OpenArIntegrationTest
class CustomerLookupApiTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Users users;
  @Autowired Customers customers;
  CustomerFixtures api;
  CompanyView company;
  String clerk;
  UserView rep;
  String repBearer;

  @BeforeEach
  void setUp() {
    api = new CustomerFixtures(mvc, json);
    clerk = Api.bearer(users, "lookup-clerk", Role.AR_CLERK);
    rep = users.create(new Users.NewUser(CustomerFixtures.unique("rep"), "小王 Rep", null, Api.PASSWORD,
        java.util.Set.of(Role.SALES_REP), "zh-CN"));
    repBearer = "Bearer " + users.createToken(rep.username(), "test", null);
    company = CustomerFixtures.company(customers);
  }

  @Test
  void namesComeBackForTheIdsTheCallerMaySee() throws Exception {
    String mine = api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), CustomerFixtures.unique("N"),
        "\"salesRepId\": \"" + rep.id() + "\"")).get("id").asString();
    String other = api.createCustomer(clerk, CustomerFixtures.minimal(company.id(), CustomerFixtures.unique("N"), null))
        .get("id").asString();

    mvc.perform(get("/api/v1/customers/names").param("id", mine, other, UUID.randomUUID().toString(), mine)
            .header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[?(@.id == '" + mine + "')].nameZh").exists())
        .andExpect(jsonPath("$[0].companyId").value(company.id().value().toString()));
    mvc.perform(get("/api/v1/customers/names").param("id", mine, other).header("Authorization", repBearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(mine));
    mvc.perform(get("/api/v1/customers/names").header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void salesRepsAreListedForEveryRoleButSalesReps() throws Exception {
    mvc.perform(get("/api/v1/users/sales-reps").header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == '" + rep.id() + "')].displayName").value("小王 Rep"))
        .andExpect(jsonPath("$[?(@.id == '" + rep.id() + "')].enabled").value(true));
    mvc.perform(get("/api/v1/users/sales-reps").header("Authorization", repBearer))
        .andExpect(status().isForbidden());
  }
}
