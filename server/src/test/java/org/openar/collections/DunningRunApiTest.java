package org.openar.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.identity.Users;
import org.openar.ledger.Ledger;
import org.openar.notifications.MessageQuery;
import org.openar.notifications.MessageView;
import org.openar.notifications.Notifications;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@OpenArIntegrationTest
// noon of a working day in Shanghai: with the system clock a run after 21:00 there is held by the quiet hours (DEFER)
@TestPropertySource(properties = "openar.clock.date=2026-11-18")
class DunningRunApiTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired CustomerMasterData master;
  @Autowired Ledger ledger;
  @Autowired Notifications notifications;
  @Autowired BusinessCalendar calendar;
  @Autowired JsonMapper json;

  CollectionsFixture fx;
  String collector;
  LocalDate today;

  @BeforeEach
  void setUp() {
    fx = new CollectionsFixture(customers, master, ledger);
    collector = Api.bearer(users, "run-collector", Role.COLLECTOR);
    today = calendar.today();
  }

  JsonNode call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, String body,
      int expected) throws Exception {
    r.header("Authorization", collector);
    if (body != null) {
      r.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    MvcResult res = mvc.perform(r).andReturn();
    assertThat(res.getResponse().getStatus()).as(res.getResponse().getContentAsString()).isEqualTo(expected);
    String text = res.getResponse().getContentAsString();
    return text.isEmpty() ? null : json.readTree(text);
  }

  @Test
  void theDefaultStrategiesShipWithTheApplication() throws Exception {
    JsonNode list = call(get("/api/v1/collections/strategies"), null, 200);
    assertThat(list.findValuesAsString("code")).contains("standard", "key-accounts", "high-risk");
    assertThat(notifications.findByKey("none")).isEmpty();
  }

  @Test
  void aDryRunShowsWhatWouldBeSentAndTheRealRunQueuesItExactlyOnce() throws Exception {
    CustomerDetail c = fx.customer("DRY", Tier.B, "上海示例贸易有限公司", "Shanghai Example Trading",
        List.of(CollectionsFixture.zh("李雷", "li.lei@example.com", "13800138000")));
    fx.invoice(c.customer().id(), "INV-16", "2000.00 CNY", today.minusDays(46), today.minusDays(16));
    String body = """
        {"companyId":"%s","dryRun":true}""".formatted(fx.companyId());

    JsonNode dry = call(post("/api/v1/collections/runs"), body, 200);
    assertThat(dry.get("dryRun").asBoolean()).isTrue();
    assertThat(dry.get("status").asString()).isEqualTo("COMPLETED");
    JsonNode decisions = call(get("/api/v1/collections/runs/decisions?runId=" + dry.get("id").asString()), null, 200);
    JsonNode email = find(decisions.get("items"), "EMAIL");
    assertThat(email.get("outcome").asString()).isEqualTo("SEND");
    assertThat(email.get("level").asInt()).isEqualTo(4);
    assertThat(email.get("recipient").asString()).isEqualTo("li.lei@example.com");
    assertThat(email.get("language").asString()).isEqualTo("zh-CN");
    assertThat(email.get("items").get(0).get("daysOverdue").asInt()).isEqualTo(16);
    String key = email.get("messageKey").asString();
    assertThat(key).isEqualTo("dunning:" + c.customer().id() + ":4:" + today + ":EMAIL");
    assertThat(find(decisions.get("items"), "SMS").get("recipient").asString()).isEqualTo("13800138000");
    assertThat(notifications.findByKey(key)).as("a dry run sends nothing").isEmpty();
    JsonNode preview = call(get("/api/v1/collections/runs/decisions/" + email.get("id").asString() + "/preview"),
        null, 200);
    assertThat(preview.get("languages").get("zh-CN").get("emailHtml").asString()).contains("李雷", "INV-16");

    JsonNode real = call(post("/api/v1/collections/runs"), body.replace("true", "false"), 200);
    assertThat(real.get("outcomes").get("SEND").asInt()).isEqualTo(2);
    MessageView message = notifications.findByKey(key).orElseThrow();
    assertThat(message.recipient()).isEqualTo("li.lei@example.com");
    assertThat(message.templateKey()).isEqualTo("collections.dunning.second");
    assertThat(notifications.detail(message.id()).attachments()).extracting(a -> a.fileName())
        .anyMatch(n -> n.startsWith("付款提醒函-") && n.endsWith(".pdf"));

    JsonNode again = call(post("/api/v1/collections/runs"), body.replace("true", "false"), 200);
    assertThat(again.get("customers").asInt()).as("repeating the run sends nothing twice").isZero();
    assertThat(notifications.search(new MessageQuery(null, null, null, null, "customer",
        c.customer().id().toString(), null, null, null), PageQuery.of(0, 50)).total()).isEqualTo(2);
  }

  private static JsonNode find(JsonNode decisions, String channel) {
    for (JsonNode d : decisions) {
      if (channel.equals(d.get("channel").asString(""))) {
        return d;
      }
    }
    throw new AssertionError("no " + channel + " decision in " + decisions);
  }

  @Test
  void strategiesAreCheckedAgainstTheirTemplatesWhenSaved() throws Exception {
    String admin = Api.bearer(users, "run-admin", Role.ADMIN);
    collector = admin;
    String base = """
        {"companyId":"%s","code":"strict-%s","name":"Strict","steps":[%s]}""";
    JsonNode bad = call(post("/api/v1/collections/strategies"), base.formatted(fx.companyId(), fx.tag.toLowerCase(),
        """
        {"name":"First","offsetDays":3,"channel":"EMAIL","templateKey":"no.such.template"},
        {"name":"Text","offsetDays":5,"channel":"SMS","templateKey":"collections.dunning.first"},
        {"name":"Call","offsetDays":9,"channel":"PHONE_TASK","templateKey":"collections.dunning.first"}"""), 400);
    assertThat(bad.get("errors").findValuesAsString("field"))
        .containsExactly("steps[0].templateKey", "steps[1].templateKey", "steps[2].templateKey");
    assertThat(bad.get("errors").findValuesAsString("code")).containsExactly("COLLECTIONS_STEP_TEMPLATE_UNKNOWN",
        "COLLECTIONS_STEP_TEMPLATE_CHANNEL", "COLLECTIONS_STEP_TEMPLATE_NOT_ALLOWED");

    JsonNode ok = call(post("/api/v1/collections/strategies"), base.formatted(fx.companyId(), fx.tag.toLowerCase(),
        """
        {"name":"Second","offsetDays":15,"channel":"EMAIL","templateKey":"collections.dunning.second"},
        {"name":"First","offsetDays":3,"channel":"EMAIL","templateKey":"collections.dunning.first",
         "minOverdue":{"amount":"100.00","currency":"CNY"}}"""), 201);
    assertThat(ok.get("steps").findValuesAsString("name")).as("steps in level order").containsExactly("First",
        "Second");
    String id = ok.get("id").asString();
    String update = """
        {"baseVersion":%d,"name":"Strict v2","steps":[{"name":"First","offsetDays":5,"channel":"EMAIL",
         "templateKey":"collections.dunning.first"}]}""";
    call(put("/api/v1/collections/strategies/" + id), update.formatted(1), 200);
    JsonNode stale = call(put("/api/v1/collections/strategies/" + id), update.formatted(1), 409);
    assertThat(stale.get("code").asString()).isEqualTo("COLLECTIONS_STRATEGY_STALE_VERSION");
    assertThat(call(get("/api/v1/collections/strategies/" + id + "/versions"), null, 200)).hasSize(2);

    collector = Api.bearer(users, "run-collector", Role.COLLECTOR);
    call(put("/api/v1/collections/strategies/" + id), update.formatted(2), 403);
  }
}
