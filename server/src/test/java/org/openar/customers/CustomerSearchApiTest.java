package org.openar.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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

/** Search and filters with server-side paging, and what a SALES_REP may see. */
@OpenArIntegrationTest
class CustomerSearchApiTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Users users;
  @Autowired Customers customers;
  CustomerFixtures api;
  CompanyView company;
  String manager;
  String repA;
  String repB;
  String repAId;
  String repBId;
  String taxId;

  @BeforeEach
  void setUp() throws Exception {
    api = new CustomerFixtures(mvc, json);
    manager = Api.bearer(users, "search-manager", Role.CREDIT_MANAGER);
    repA = Api.bearer(users, "search-rep-a", Role.SALES_REP);
    repB = Api.bearer(users, "search-rep-b", Role.SALES_REP);
    repAId = users.findByUsername("search-rep-a").orElseThrow().id().toString();
    repBId = users.findByUsername("search-rep-b").orElseThrow().id().toString();
    company = CustomerFixtures.company(customers);
    taxId = CustomerFixtures.uscc();
    create("S-001", "杭州西湖茶叶有限公司", "Hangzhou West Lake Tea", "A", "ACTIVE", repAId, "华东",
        "\"taxId\": \"%s\", \"tags\": [\"tea\", \"export\"], \"aliases\": [\"West_Lake 100%% Tea\"]".formatted(taxId));
    create("S-002", "北京长城机械厂", "Great Wall Machinery", "B", "ACTIVE", repBId, "华北", "\"tags\": [\"export\"]");
    create("S-003", "深圳华南电子", "South China Electronics", "C", "BLOCKED", repAId, "华南", null);
    create("S-004", "上海外滩酒店", null, "B", "INACTIVE", null, "华东", null);
  }

  @Test
  void textSearchMatchesCodeNamesTaxIdAndPayerNames() throws Exception {
    assertThat(codes("q=s-00")).containsExactly("S-001", "S-002", "S-003", "S-004");
    assertThat(codes("q=西湖")).containsExactly("S-001");
    assertThat(codes("q=great wall")).containsExactly("S-002");
    assertThat(codes("q=" + taxId.substring(4, 14).toLowerCase())).containsExactly("S-001");
    assertThat(codes("q=100% tea")).containsExactly("S-001");
    assertThat(codes("q=westlake100")).containsExactly("S-001");
    assertThat(codes("q=%")).isEmpty();
    assertThat(codes("q=_")).isEmpty();
  }

  @Test
  void filtersCombine() throws Exception {
    assertThat(codes("tier=A&tier=C")).containsExactly("S-001", "S-003");
    assertThat(codes("status=ACTIVE")).containsExactly("S-001", "S-002");
    assertThat(codes("salesRepId=" + repAId)).containsExactly("S-001", "S-003");
    assertThat(codes("tag=export")).containsExactly("S-001", "S-002");
    assertThat(codes("region=华东")).containsExactly("S-001", "S-004");
    assertThat(codes("region=华东&status=INACTIVE")).containsExactly("S-004");
    assertThat(codes("country=cn&tag=tea&q=hangzhou")).containsExactly("S-001");
  }

  @Test
  void pagesAndSortsOnTheServer() throws Exception {
    JsonNode page = search("sort=-code&size=3&page=0");
    assertThat(page.get("total").asLong()).isEqualTo(4);
    assertThat(page.get("size").asInt()).isEqualTo(3);
    assertThat(page.get("items").valueStream().map(i -> i.get("code").asString()).toList())
        .containsExactly("S-004", "S-003", "S-002");
    assertThat(search("sort=-code&size=3&page=1").get("items").valueStream().map(i -> i.get("code").asString()))
        .containsExactly("S-001");
    assertThat(codes("sort=tier")).startsWith("S-001").endsWith("S-003");
    JsonNode item = search("q=S-001").get("items").get(0);
    assertThat(item.get("region").asString()).isEqualTo("华东");
    assertThat(item.get("tags").valueStream().map(JsonNode::asString)).containsExactly("tea", "export");
  }

  @Test
  void badSearchParametersAre400() throws Exception {
    for (String query : List.of("sort=password", "size=0", "size=501", "page=-1", "tier=D", "status=GONE",
        "salesRepId=nobody", "q=" + "x".repeat(201))) {
      MvcResult r = api.call(get("/api/v1/customers?companyId=" + company.id() + "&" + query), manager, null);
      assertThat(r.getResponse().getStatus()).as(query).isEqualTo(400);
    }
    MvcResult r = api.call(get("/api/v1/customers?companyId=0190a0a0-0000-7000-8000-000000000005"), manager, null);
    assertThat(r.getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void aSalesRepListsOnlyItsOwnCustomers() throws Exception {
    assertThat(codes(repA, "")).containsExactly("S-001", "S-003");
    assertThat(codes(repB, "")).containsExactly("S-002");
    assertThat(codes(repB, "salesRepId=" + repAId)).isEmpty();
    assertThat(codes(repB, "q=西湖")).isEmpty();
  }

  @Test
  void aSalesRepGets404NotForbiddenForAnotherRepsCustomer() throws Exception {
    String other = customers.findByCode(company.id(), "S-002").orElseThrow().id().toString();
    String own = customers.findByCode(company.id(), "S-001").orElseThrow().id().toString();
    for (String path : List.of("", "/contacts", "/addresses", "/bank-accounts", "/aliases")) {
      MvcResult r = api.call(get("/api/v1/customers/" + other + path), repA, null);
      assertThat(r.getResponse().getStatus()).as(path).isEqualTo(404);
      assertThat(api.read(r).get("code").asString()).isEqualTo("CUSTOMERS_CUSTOMER_NOT_FOUND");
      assertThat(api.call(get("/api/v1/customers/" + own + path), repA, null).getResponse().getStatus())
          .as(path).isEqualTo(200);
    }
    assertThat(api.call(get("/api/v1/customers/" + other), manager, null).getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void aSalesRepAndAnAuditorWriteNothing() throws Exception {
    String auditor = Api.bearer(users, "search-auditor", Role.AUDITOR);
    String own = customers.findByCode(company.id(), "S-001").orElseThrow().id().toString();
    for (String bearer : List.of(repA, auditor)) {
      assertThat(api.call(post("/api/v1/customers"), bearer, CustomerFixtures.minimal(company.id(), "S-9", null))
          .getResponse().getStatus()).isEqualTo(403);
      assertThat(api.call(put("/api/v1/customers/" + own), bearer, "{\"version\": 0}").getResponse().getStatus())
          .isEqualTo(403);
      assertThat(api.call(post("/api/v1/customers/" + own + "/aliases"), bearer, "{\"name\": \"x\"}")
          .getResponse().getStatus()).isEqualTo(403);
      assertThat(api.call(post("/api/v1/customers/" + own + "/deactivate"), bearer, null).getResponse().getStatus())
          .isEqualTo(403);
    }
    assertThat(codes(auditor, "")).hasSize(4);
    assertThat(customers.findByCode(company.id(), "S-9")).isEmpty();
  }

  private void create(String code, String nameZh, String nameEn, String tier, String status, String rep,
      String region, String extra) throws Exception {
    String body = """
        {"companyId": "%s", "code": "%s", "nameZh": "%s", "nameEn": %s, "tier": "%s", "status": "%s",
         "salesRepId": %s, "region": "%s"%s}""".formatted(company.id(), code, nameZh,
        nameEn == null ? "null" : "\"" + nameEn + "\"", tier, status, rep == null ? "null" : "\"" + rep + "\"",
        region, extra == null ? "" : ", " + extra);
    api.createCustomer(manager, body);
  }

  private JsonNode search(String query) throws Exception {
    return search(manager, query);
  }

  private JsonNode search(String bearer, String query) throws Exception {
    MvcResult r = api.call(get("/api/v1/customers?companyId=" + company.id() + "&" + query), bearer, null);
    assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
    return api.read(r);
  }

  private List<String> codes(String query) throws Exception {
    return codes(manager, query);
  }

  private List<String> codes(String bearer, String query) throws Exception {
    return search(bearer, query).get("items").valueStream().map(i -> i.get("code").asString()).toList();
  }
}
