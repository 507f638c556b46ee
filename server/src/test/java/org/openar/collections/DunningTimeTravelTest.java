package org.openar.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openar.collections.CollectionsFixture.en;
import static org.openar.collections.CollectionsFixture.zh;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openar.collections.DunningRuns.DecisionQuery;
import org.openar.collections.Outside.Delivery;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.Customers;
import org.openar.customers.Tier;
import org.openar.identity.Users;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.notifications.MessageStatus;
import org.openar.notifications.MessageView;
import org.openar.notifications.Notifications;
import org.openar.shared.money.Money;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.time.MutableClock;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * 126 days of daily dunning runs, Kill Bill style: the clock moves a day at a time, the scheduled run and the outbox
 * sender run, and a real SMTP server and SMS gateway receive what is sent. The scenario has a customer through the
 * whole standard ladder in Chinese, an English key account keeping one promise and breaking another, a disputed
 * invoice, late fees with a waiver approved by a checker, a holiday, quiet hours, an SMTP outage, a customer without
 * contacts and a contact who opted out of SMS.
 */
@OpenArIntegrationTest
class DunningTimeTravelTest {

  static final LocalDate START = LocalDate.parse("2026-01-05");
  static final LocalDate END = LocalDate.parse("2026-05-10");
  static final Outside outside = new Outside();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("openar.clock.date", START::toString);
    registry.add("openar.notifications.mail.host", () -> "127.0.0.1");
    registry.add("openar.notifications.mail.port", () -> outside.smtpPort);
    registry.add("openar.notifications.mail.from", () -> "ar@example-tech.test");
    registry.add("openar.notifications.mail.from-name", () -> "示例科技 应收账款部");
    registry.add("openar.notifications.mail.connect-timeout", () -> "2s");
    registry.add("openar.notifications.sms.provider", () -> "http");
    registry.add("openar.notifications.sms.url", outside::smsUrl);
    registry.add("openar.collections.ar-phone", () -> "+86 21 5555 0100");
  }

  @AfterAll
  static void stop() {
    outside.close();
  }

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired CustomerMasterData master;
  @Autowired Ledger ledger;
  @Autowired LedgerQueries ledgerQueries;
  @Autowired Notifications notifications;
  @Autowired DunningRuns runs;
  @Autowired CollectionsProfiles profiles;
  @Autowired LateCharges charges;
  @Autowired Worklists worklists;
  @Autowired Promises promises;
  @Autowired JsonMapper json;
  @Autowired Clock clock;

  TimeTravelScenario s;

  @Test
  void hundredAndTwentySixDaysOfDunning() throws Exception {
    s = new TimeTravelScenario(new CollectionsFixture(customers, master, ledger), new RestCalls(mvc, users, json));
    s.setUp(profiles, charges);
    Map<LocalDate, List<Delivery>> byDay = new HashMap<>();
    for (LocalDate day = START; !day.isAfter(END); day = day.plusDays(1)) {
      byDay.put(day, simulate(day));
    }
    assertLadderOfA();
    assertKeyAccountB();
    assertDisputedC();
    assertFeesOfD();
    assertNoContactE();
    assertOptedOutF();
    assertHolidayH();
    assertEveryDayHadOneCompletedScheduledRun();
    assertThat(byDay.values().stream().mapToInt(List::size).sum()).isEqualTo(outside.log.size());
  }

  private List<Delivery> simulate(LocalDate day) throws Exception {
    MutableClock mutable = (MutableClock) clock;
    boolean quiet = day.equals(LocalDate.parse("2026-01-12"));
    mutable.set(day.atTime(quiet ? LocalTime.of(7, 30) : LocalTime.NOON).atZone(ZoneId.of("Asia/Shanghai"))
        .toInstant());
    s.before(day, this);
    assertThat(runs.runDailyIfDue()).as("daily run on %s", day).isPresent();
    assertThat(runs.runDailyIfDue()).as("a second call the same day does nothing").isEmpty();
    if (day.equals(LocalDate.parse("2026-01-24"))) {
      smtpOutage();
    }
    notifications.sendPending();
    if (quiet) {
      assertThat(outside.collect(day)).as("quiet hours: nothing before 08:00").isEmpty();
      mutable.set(day.atTime(8, 5).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
      notifications.sendPending();
    }
    printLetters(day);
    s.after(day, this);
    return outside.collect(day);
  }

  /** The SMTP server is down while the day's messages go out: they stay queued and go the next day, once. */
  private void smtpOutage() throws Exception {
    outside.smtpDown();
    try {
      notifications.sendPending();
      MessageView queued = notifications.findByKey(s.key(s.a, 4, "2026-01-24", "EMAIL")).orElseThrow();
      assertThat(queued.status()).isEqualTo(MessageStatus.QUEUED);
      assertThat(queued.attempts()).isEqualTo(1);
      assertThat(queued.lastError()).isNotBlank();
      assertThat(queued.nextAttemptAt()).as("retried with backoff, not at once").isAfter(clock.instant());
      assertThat(notifications.sendPending().sent()).as("nothing goes before its next attempt").isZero();
    } finally {
      outside.smtpUp();
    }
  }

  private void printLetters(LocalDate day) throws Exception {
    if (notifications.search(new org.openar.notifications.MessageQuery(MessageStatus.QUEUED,
        org.openar.notifications.Channel.LETTER, null, null, null, null, null, null, null), PageQuery.of(0, 1))
        .total() > 0) {
      var batch = notifications.batchLetters();
      s.letters.put(day, Outside.pdfText(notifications.letterBatchPdf(batch.id())));
    }
  }

  private List<Delivery> mailsTo(String address) {
    return outside.to(address).stream().filter(d -> d.channel().equals("EMAIL")).toList();
  }

  private void assertLadderOfA() {
    List<Delivery> mails = mailsTo("li.lei@shanghai-example.cn");
    assertThat(mails).extracting(Delivery::day).containsExactly(LocalDate.parse("2026-01-06"),
        LocalDate.parse("2026-01-12"), LocalDate.parse("2026-01-25"), LocalDate.parse("2026-02-23"));
    assertThat(mails.get(0).subject()).isEqualTo("温馨提示：上海示例贸易有限公司 有款项即将到期");
    Delivery first = mails.get(1);
    assertThat(first.subject()).isEqualTo("付款提醒：上海示例贸易有限公司 有款项已逾期");
    assertThat(first.body()).contains("尊敬的李雷", "INV-A1-" + s.fx.tag, "¥5,000.00", "+86 21 5555 0100");
    assertThat(first.attachments()).hasSize(1).allSatisfy((name, text) -> {
      assertThat(name).startsWith("付款提醒函-A-").endsWith("-2026-01-12.pdf");
      assertThat(text).contains("付款提醒函", "上海示例贸易有限公司", "INV-A1-" + s.fx.tag, "¥5,000.00");
    });
    assertThat(mails.get(2).subject()).as("second reminder, delayed a day by the SMTP outage")
        .isEqualTo("再次提醒：上海示例贸易有限公司 逾期款项尚未支付");
    assertThat(mails.get(3).subject()).isEqualTo("最后催告：上海示例贸易有限公司 逾期款项");
    assertThat(outside.to("13800138000")).singleElement().satisfies(sms -> {
      assertThat(sms.day()).isEqualTo(LocalDate.parse("2026-01-19"));
      assertThat(sms.body()).contains("上海示例贸易有限公司", "¥5,000.00");
    });
    assertThat(s.letters.get(LocalDate.parse("2026-02-08"))).contains("催款函", "上海示例贸易有限公司", "李雷 收");
    assertThat(s.decision(runs, s.a, "2026-01-12", StepChannel.EMAIL).outcome()).isEqualTo(DecisionOutcome.DEFER);
    assertThat(s.tasks(worklists, s.a)).extracting(TaskView::kind)
        .contains(TaskKind.CALL, TaskKind.ESCALATION_REVIEW);
    assertThat(s.decision(runs, s.a, "2026-03-10", StepChannel.ESCALATE_AGENCY).reason())
        .isEqualTo(DecisionReason.ESCALATION_REVIEW);
  }

  private void assertKeyAccountB() {
    List<Delivery> mails = mailsTo("john.smith@acme-imports.example");
    assertThat(mails).extracting(Delivery::day).containsExactly(LocalDate.parse("2026-01-25"),
        LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-04-25"));
    Delivery first = mails.get(0);
    assertThat(first.subject()).isEqualTo("Payment reminder: overdue invoices for Acme Imports Ltd.");
    assertThat(first.body()).contains("Dear John Smith", "CNY 10,000.00");
    assertThat(first.attachments()).hasSize(1).allSatisfy((name, text) -> {
      assertThat(name).startsWith("payment-reminder-B-");
      assertThat(text).contains("Payment reminder", "Acme Imports Ltd.");
    });
    assertThat(mails.get(1).body()).as("the second invoice alone: the first was paid as promised")
        .contains("INV-B2-" + s.fx.tag).doesNotContain("INV-B1-" + s.fx.tag);
    assertThat(s.decision(runs, s.b, "2026-02-01", StepChannel.PHONE_TASK).reason())
        .isEqualTo(DecisionReason.ITEMS_EXCLUDED);
    DecisionView escalated = s.decision(runs, s.b, "2026-03-05", StepChannel.PHONE_TASK);
    assertThat(escalated.level()).isEqualTo(2);
    assertThat(escalated.detail()).containsEntry("trigger", "PROMISE_BROKEN");
    assertThat(promises.ofCustomer(s.b)).extracting(PromiseView::status)
        .containsExactlyInAnyOrder(PromiseStatus.KEPT, PromiseStatus.BROKEN);
    assertThat(promises.rate(s.b).rate()).isEqualByComparingTo("0.5");
    assertThat(s.tasks(worklists, s.b)).extracting(TaskView::kind).contains(TaskKind.PROMISE_FOLLOW_UP);
  }

  private void assertDisputedC() {
    List<Delivery> mails = mailsTo("wang.fang@hangzhou-demo.cn");
    assertThat(mails).extracting(Delivery::day).containsExactly(LocalDate.parse("2026-01-17"),
        LocalDate.parse("2026-02-20"), LocalDate.parse("2026-03-06"));
    assertThat(mails.get(1).subject()).as("resumed at the highest level reached")
        .isEqualTo("再次提醒：杭州演示电子有限公司 逾期款项尚未支付");
    assertThat(s.decision(runs, s.c, "2026-02-10", StepChannel.EMAIL).reason())
        .isEqualTo(DecisionReason.ITEMS_EXCLUDED);
    assertThat(outside.to("13900139000")).extracting(Delivery::day).containsExactly(LocalDate.parse("2026-02-20"));
    assertThat(s.letters.get(LocalDate.parse("2026-02-20"))).contains("杭州演示电子有限公司");
  }

  private void assertFeesOfD() {
    List<ChargeView> all = charges.ofCustomer(s.d);
    ChargeView fee = all.stream().filter(c -> c.kind() == ChargeKind.LATE_FEE).findFirst().orElseThrow();
    assertThat(fee.amount()).isEqualTo(Money.of("200.00", "CNY"));
    assertThat(fee.status()).isEqualTo(ChargeStatus.WAIVED);
    assertThat(ledgerQueries.get(fee.chargeItemId()).status()).isEqualTo(ItemStatus.REVERSED);
    List<ChargeView> interest = all.stream().filter(c -> c.kind() == ChargeKind.INTEREST)
        .sorted(java.util.Comparator.comparing(ChargeView::periodTo)).toList();
    assertThat(interest).extracting(c -> c.amount().amount().toPlainString())
        .containsExactly("36.16", "92.05", "101.92", "98.63");
    assertThat(interest).extracting(ChargeView::periodTo).containsExactly(LocalDate.parse("2026-01-31"),
        LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-30"));
    ItemView posted = ledgerQueries.get(interest.get(0).chargeItemId());
    assertThat(posted.type()).isEqualTo(org.openar.ledger.ItemType.INTEREST);
    assertThat(posted.documentDate()).isEqualTo(LocalDate.parse("2026-02-01"));
  }

  private void assertNoContactE() {
    assertThat(s.tasks(worklists, s.e)).filteredOn(t -> t.kind() == TaskKind.FIND_CONTACT).hasSize(1)
        .allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.OPEN));
    assertThat(s.decision(runs, s.e, "2026-01-13", StepChannel.EMAIL).reason())
        .isEqualTo(DecisionReason.NO_USABLE_CONTACT);
    assertThat(s.letters.get(LocalDate.parse("2026-02-09"))).as("a letter needs only the postal address")
        .contains("宁波无联系人贸易有限公司");
  }

  private void assertOptedOutF() {
    assertThat(outside.to("13700137000")).isEmpty();
    assertThat(s.decision(runs, s.f, "2026-01-20", StepChannel.SMS).reason())
        .isEqualTo(DecisionReason.NO_USABLE_CONTACT);
    assertThat(mailsTo("zhao.min@suzhou-optout.cn")).isNotEmpty();
  }

  private void assertHolidayH() {
    assertThat(s.decision(runs, s.h, "2026-02-17", StepChannel.EMAIL).reason()).isEqualTo(DecisionReason.HOLIDAY);
    assertThat(mailsTo("chen.jie@guangzhou-holiday.cn")).extracting(Delivery::day)
        .contains(LocalDate.parse("2026-02-11"), LocalDate.parse("2026-02-18"))
        .doesNotContain(LocalDate.parse("2026-02-17"));
  }

  private void assertEveryDayHadOneCompletedScheduledRun() {
    List<RunView> all = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      all.addAll(runs.history(false, PageQuery.of(page, 100)).items());
    }
    assertThat(all).filteredOn(r -> r.kind() == RunKind.SCHEDULED).hasSize(126)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(RunStatus.COMPLETED))
        .extracting(RunView::asOf).doesNotHaveDuplicates();
    Set<String> keys = new java.util.HashSet<>();
    for (int page = 0; ; page++) {
      var p = runs.decisions(new DecisionQuery(null, null, null, null, null), PageQuery.of(page, 500));
      p.items().stream().filter(d -> d.messageKey() != null && !d.dryRun())
          .forEach(d -> assertThat(keys.add(d.messageKey())).as("key %s decided once", d.messageKey()).isTrue());
      if ((long) (page + 1) * 500 >= p.total()) {
        break;
      }
    }
  }

  void awaitTrue(String what, java.util.function.BooleanSupplier condition) {
    await(what).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(condition::getAsBoolean);
  }

  CustomerId id(CustomerDetail d) {
    return d.customer().id();
  }
}
