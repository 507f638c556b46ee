package org.openar.collections;

import static org.openar.collections.CollectionsFixture.en;
import static org.openar.collections.CollectionsFixture.zh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.collections.DunningRuns.DecisionQuery;
import org.openar.customers.CustomerId;
import org.openar.customers.Tier;
import org.openar.ledger.ItemView;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Role;

/** The customers, invoices and the things people do on given days in {@link DunningTimeTravelTest}. */
final class TimeTravelScenario {

  final CollectionsFixture fx;
  final RestCalls rest;
  final Map<LocalDate, String> letters = new HashMap<>();
  CustomerId a;
  CustomerId b;
  CustomerId c;
  CustomerId d;
  CustomerId e;
  CustomerId f;
  CustomerId h;
  ItemView b1;
  ItemView b2;
  ItemView c1;
  String disputeId;

  TimeTravelScenario(CollectionsFixture fx, RestCalls rest) {
    this.fx = fx;
    this.rest = rest;
  }

  void setUp(CollectionsProfiles profiles, LateCharges charges) {
    LocalDate doc = LocalDate.parse("2026-01-05");
    a = fx.customer("A", Tier.B, "上海示例贸易有限公司", "Shanghai Example Trading Co., Ltd.",
        List.of(zh("李雷", "li.lei@shanghai-example.cn", "13800138000"))).customer().id();
    fx.invoice(a, "INV-A1", "5000.00 CNY", LocalDate.parse("2025-12-10"), LocalDate.parse("2026-01-09"));
    b = fx.customer("B", Tier.A, "艾克美进口有限公司", "Acme Imports Ltd.",
        List.of(en("John Smith", "john.smith@acme-imports.example", null))).customer().id();
    b1 = fx.invoice(b, "INV-B1", "10000.00 CNY", LocalDate.parse("2025-12-21"), LocalDate.parse("2026-01-20"));
    b2 = fx.invoice(b, "INV-B2", "6000.00 CNY", doc, LocalDate.parse("2026-02-24"));
    c = fx.customer("C", Tier.B, "杭州演示电子有限公司", "Hangzhou Demo Electronics",
        List.of(zh("王芳", "wang.fang@hangzhou-demo.cn", "13900139000"))).customer().id();
    c1 = fx.invoice(c, "INV-C1", "3000.00 CNY", LocalDate.parse("2025-12-21"), LocalDate.parse("2026-01-20"));
    d = fx.customer("D", Tier.B, "北京计息科技有限公司", "Beijing Interest Tech",
        List.of(zh("刘洋", "liu.yang@beijing-interest.cn", null))).customer().id();
    fx.invoice(d, "INV-D1", "10000.00 CNY", LocalDate.parse("2025-12-16"), LocalDate.parse("2026-01-15"));
    charges.saveCustomerTerms(d, 0, new ChargeTerms(Money.of("100.00", "CNY"), BigDecimal.ONE, null,
        new BigDecimal("12"), new BigDecimal("10"), 5, Money.of("1.00", "CNY"), 0));
    e = fx.customer("E", Tier.B, "宁波无联系人贸易有限公司", null, List.of()).customer().id();
    fx.invoice(e, "INV-E1", "2000.00 CNY", LocalDate.parse("2025-12-11"), LocalDate.parse("2026-01-10"));
    f = fx.customer("F", Tier.B, "苏州退订短信有限公司", null,
        List.of(zh("赵敏", "zhao.min@suzhou-optout.cn", "13700137000"))).customer().id();
    fx.invoice(f, "INV-F1", "1500.00 CNY", LocalDate.parse("2025-12-11"), LocalDate.parse("2026-01-10"));
    h = fx.customer("H", Tier.B, "广州假日贸易有限公司", null,
        List.of(zh("陈杰", "chen.jie@guangzhou-holiday.cn", null))).customer().id();
    fx.invoice(h, "INV-H1", "1200.00 CNY", doc, LocalDate.parse("2026-02-14"));
    profiles.updateCompliance(fx.companyId(), 0, new ComplianceSettings(3, 7, LocalTime.of(21, 0),
        LocalTime.of(8, 0), Set.of(LocalDate.parse("2026-02-17")), 0));
  }

  /** What people do in the morning, before the day's run. */
  void before(LocalDate day, DunningTimeTravelTest t) throws Exception {
    switch (day.toString()) {
      case "2026-01-05" -> optOutSms(t);
      case "2026-01-22" -> disputeId = rest.post(Role.COLLECTOR, "/api/v1/disputes", """
          {"itemId":"%s","reason":"QUALITY","note":"客户称第二批货物有质量问题"}""".formatted(c1.id()), 201)
          .get("id").asString();
      case "2026-01-26" -> promise(b, b1, "10000.00", "2026-02-05", 3);
      case "2026-02-03" -> {
        fx.pay(b, b1.id(), "10000.00 CNY", day);
        t.awaitTrue("promise kept", () -> t.promises.ofCustomer(b).get(0).status() == PromiseStatus.KEPT);
      }
      case "2026-02-20" -> rest.post(Role.COLLECTOR, "/api/v1/disputes/" + disputeId + "/resolution", """
          {"outcome":"REJECTED","note":"质检报告合格，争议驳回"}""", 200);
      case "2026-03-02" -> promise(b, b2, "6000.00", "2026-03-04", 0);
      default -> { }
    }
  }

  /** What people do after the day's run. */
  void after(LocalDate day, DunningTimeTravelTest t) throws Exception {
    if (day.toString().equals("2026-01-21")) {
      ChargeView fee = t.charges.ofCustomer(d).get(0);
      rest.post(Role.COLLECTOR, "/api/v1/collections/charges/" + fee.id() + "/waiver",
          "{\"reason\":\"首次逾期，客户关系良好，同意减免\"}", 200);
      String approval = rest.get(Role.CONTROLLER, "/api/v1/approvals/pending-for-me", 200).get("items").get(0)
          .get("id").asString();
      rest.post(Role.CONTROLLER, "/api/v1/approvals/" + approval + "/decision",
          "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}", 200);
      t.awaitTrue("fee waived", () -> t.charges.ofCustomer(d).get(0).status() == ChargeStatus.WAIVED);
    }
  }

  private void optOutSms(DunningTimeTravelTest t) throws Exception {
    String contact = t.customers.contacts(f).get(0).id().toString();
    rest.post(Role.COLLECTOR, "/api/v1/collections/customers/" + f + "/opt-outs", """
        {"contactId":"%s","channel":"SMS","reason":"客户来电要求不再发送短信"}""".formatted(contact), 200);
  }

  private void promise(CustomerId customer, ItemView item, String amount, String date, int grace) throws Exception {
    rest.post(Role.COLLECTOR, "/api/v1/collections/customers/" + customer + "/promises", """
        {"amount":{"amount":"%s","currency":"CNY"},"promisedDate":"%s","graceDays":%d,"channel":"PHONE",
         "promisedBy":"John Smith","items":["%s"]}""".formatted(amount, date, grace, item.id()), 201);
  }

  String key(CustomerId customer, int level, String date, String channel) {
    return "dunning:" + customer + ":" + level + ":" + date + ":" + channel;
  }

  DecisionView decision(DunningRuns runs, CustomerId customer, String date, StepChannel channel) {
    return runs.decisions(new DecisionQuery(null, customer, null, null, channel), PageQuery.of(0, 500)).items()
        .stream().filter(x -> x.asOf().equals(LocalDate.parse(date))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + channel + " decision for " + customer + " on " + date));
  }

  List<TaskView> tasks(Worklists worklists, CustomerId customer) {
    return worklists.tasks(null, customer, null, PageQuery.of(0, 100)).items();
  }
}
