package org.openar.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.collections.DunningRuns.RunRequest;
import org.openar.collections.Promises.NewPromise;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.disputes.DisputeReason;
import org.openar.disputes.DisputeView;
import org.openar.disputes.Disputes;
import org.openar.identity.Users;
import org.openar.ledger.ItemId;
import org.openar.ledger.Ledger;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A SALES_REP reads only its own customers' collections and disputes data, on every GET endpoint that carries
 * customer data, and posts nothing. Another rep's customer is "not found", never a leak through a list.
 */
@OpenArIntegrationTest
class SalesRepVisibilityTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired CustomerMasterData master;
  @Autowired Ledger ledger;
  @Autowired DunningRuns runs;
  @Autowired Promises promises;
  @Autowired Placements placements;
  @Autowired Worklists worklists;
  @Autowired Disputes disputes;
  @Autowired BusinessCalendar calendar;
  @Autowired SalesCollaboration sales;
  @Autowired org.openar.notifications.Notifications notifications;

  CollectionsFixture fx;
  String rep;
  CustomerId mine;
  CustomerId other;
  PromiseView otherPromise;
  PlacementView otherPlacement;
  DisputeView otherDispute;
  DisputeView myDispute;
  UUID otherDecision;
  UUID myDecision;
  UUID repId;

  @BeforeEach
  void setUp() {
    fx = new CollectionsFixture(customers, master, ledger);
    String name = "col-rep-" + fx.tag.toLowerCase();
    rep = Api.bearer(users, name, Role.SALES_REP);
    repId = users.findByUsername(name).orElseThrow().id();
    LocalDate today = calendar.today();
    CustomerDetail a = fx.customer("MINE", Tier.B, "上海我的贸易有限公司", "Mine Trading", List.of(
        CollectionsFixture.zh("李雷", "mine-" + fx.tag + "@example.com", "13800138001")), repId, List.of());
    CustomerDetail b = fx.customer("OTHER", Tier.B, "北京别人的贸易有限公司", "Other Trading", List.of(
        CollectionsFixture.zh("韩梅梅", "other-" + fx.tag + "@example.com", "13800138002")), null, List.of());
    mine = a.customer().id();
    other = b.customer().id();
    ItemId[] mineItems = seed(mine, "M", today);
    ItemId[] otherItems = seed(other, "O", today);

    RunView dry = runs.run(new RunRequest(today, true, fx.companyId(), List.of()));
    myDecision = decisionOf(dry, mine);
    otherDecision = decisionOf(dry, other);
    runs.run(new RunRequest(today, false, fx.companyId(), List.of()));

    AgencyView agency = placements.saveAgency(null, "Agency " + fx.tag, PlacementKind.AGENCY,
        new BigDecimal("15.00"), null, null, true);
    for (CustomerId c : List.of(mine, other)) {
      worklists.addTask(c, TaskKind.FOLLOW_UP, today, "call back");
    }
    promises.make(mine, new NewPromise(Money.parse("1000.00 CNY"), today.plusDays(5), null, PromiseChannel.PHONE,
        "李雷", null, List.of(mineItems[0])));
    otherPromise = promises.make(other, new NewPromise(Money.parse("1000.00 CNY"), today.plusDays(5), null,
        PromiseChannel.PHONE, "韩梅梅", null, List.of(otherItems[0])));
    placements.place(mine, agency.id(), List.of(mineItems[1]), today, null, "placed");
    otherPlacement = placements.place(other, agency.id(), List.of(otherItems[1]), today, null, "placed");
    myDispute = disputes.open(mineItems[2], DisputeReason.PRICE, "price differs");
    otherDispute = disputes.open(otherItems[2], DisputeReason.PRICE, "price differs");
  }

  private ItemId[] seed(CustomerId c, String prefix, LocalDate today) {
    ItemId[] out = new ItemId[3];
    for (int i = 0; i < 3; i++) {
      out[i] = fx.invoice(c, prefix + i, "1000.00 CNY", today.minusDays(60 + i), today.minusDays(30 + i)).id();
    }
    return out;
  }

  private UUID decisionOf(RunView run, CustomerId c) {
    return runs.decisions(new DunningRuns.DecisionQuery(run.id(), c, DecisionOutcome.SEND, null, null),
        org.openar.shared.paging.PageQuery.of(0, 10)).items().get(0).id();
  }

  @Test
  void listsShowTheRepsOwnCustomersOnly() throws Exception {
    String base = "/api/v1/collections";
    for (String path : List.of(base + "/worklist/tasks?size=200", base + "/placements?size=200",
        base + "/runs/decisions?size=200", base + "/sales/customers", "/api/v1/disputes?size=200")) {
      String body = get(path, 200);
      assertThat(body).as(path).contains(mine.toString()).doesNotContain(other.toString());
    }
    String customerFilter = "?customerId=" + other + "&size=200";
    for (String path : List.of(base + "/worklist/tasks" + customerFilter, base + "/placements" + customerFilter,
        "/api/v1/disputes" + customerFilter)) {
      assertThat(get(path, 200)).as(path).doesNotContain(other.toString()).contains("\"total\":0");
    }
    assertThat(get(base + "/sales/customers?repId=" + UUID.randomUUID(), 200)).as("a rep cannot ask for another's")
        .contains(mine.toString());
  }

  @Test
  void anotherRepsCustomerIsNotFoundOnEveryCustomerEndpoint() throws Exception {
    String base = "/api/v1/collections/customers/";
    for (String sub : List.of("/profile", "/strategy", "/worklist-entry", "/timeline", "/activities", "/promises",
        "/promises/rate", "/charges", "/charges/due", "/charge-terms")) {
      assertThat(get(base + mine + sub, 200)).as("own " + sub).isNotNull();
      assertThat(get(base + other + sub, 404)).as("other " + sub).contains("COLLECTIONS_CUSTOMER_NOT_FOUND");
    }
    assertThat(get("/api/v1/collections/runs/decisions?customerId=" + other, 404)).contains("NOT_FOUND");
    get("/api/v1/collections/runs/decisions/" + myDecision + "/preview", 200);
    get("/api/v1/collections/runs/decisions/" + otherDecision + "/preview", 404);
    get("/api/v1/collections/promises/" + otherPromise.id(), 404);
    get("/api/v1/collections/placements/" + otherPlacement.id(), 404);
    get("/api/v1/disputes/" + otherDispute.id().value(), 404);
    get("/api/v1/disputes/items/" + myDispute.itemId().value(), 200);
    get("/api/v1/disputes/items/" + otherDispute.itemId().value(), 404);
  }

  @Test
  void companyWideCollectionsDataIsForbiddenAndARepPostsNothing() throws Exception {
    for (String path : List.of("/api/v1/collections/runs", "/api/v1/collections/worklist",
        "/api/v1/notifications/messages")) {
      get(path, 403);
    }
    String base = "/api/v1/collections/customers/" + mine;
    String[][] posts = {
        {base + "/activities", "{\"kind\":\"NOTE\",\"note\":\"x\"}"},
        {base + "/tasks", "{\"kind\":\"FOLLOW_UP\"}"},
        {base + "/promises", "{\"amount\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},"
            + "\"promisedDate\":\"2099-01-01\",\"channel\":\"PHONE\"}"},
        {base + "/block", "{\"reason\":\"x\"}"},
        {"/api/v1/collections/runs", "{\"dryRun\":true}"},
        {"/api/v1/collections/promises/" + otherPromise.id() + "/cancellation", "{\"reason\":\"x\"}"},
        {"/api/v1/disputes", "{\"itemId\":\"" + UUID.randomUUID() + "\",\"reason\":\"PRICE\"}"}};
    for (String[] p : posts) {
      call(MockMvcRequestBuilders.post(p[0]), p[1], 403);
    }
  }

  @Test
  void theWeeklyDigestListsTheRepsCustomersOverdueItemsAndPromisesOnceAWeek() {
    LocalDate today = calendar.today();
    String email = "col-rep-" + fx.tag.toLowerCase() + "@example.com";
    var toRep = new org.openar.notifications.MessageQuery(null, null, email, null, null, null, null, null, null);
    sales.sendDigests(today);
    String week = today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
        + String.format("%02d", today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    var message = notifications.findByKey("collections:sales-digest:" + repId + ":" + week).orElseThrow();
    assertThat(message.recipient()).isEqualTo(email);
    String body = notifications.detail(message.id()).bodyText();
    assertThat(body).as("overdue items and the promise of the rep's own customer only")
        .contains("M0-" + fx.tag, "M1-" + fx.tag, "M2-" + fx.tag).doesNotContain("O0-" + fx.tag, "OTHER-" + fx.tag);
    sales.sendDigests(today);
    assertThat(notifications.search(toRep, org.openar.shared.paging.PageQuery.of(0, 10)).total())
        .as("one digest per rep and week").isEqualTo(1);
  }

  private String get(String path, int expected) throws Exception {
    return call(MockMvcRequestBuilders.get(path), null, expected);
  }

  private String call(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
    request.header("Authorization", rep);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    MvcResult r = mvc.perform(request).andReturn();
    String text = r.getResponse().getContentAsString();
    assertThat(r.getResponse().getStatus()).as("%s: %s", request, text).isEqualTo(expected);
    return text;
  }
}
