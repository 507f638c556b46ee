package org.openar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.audit.AuditTrail;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.ledger.FxRates;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * KPIs and the dashboard on three months worked out by hand (m2 = two months ago, m1 = last month, m0 = this month):
 * m2 INV-1 3,000 due on the 25th; m1 PAY-1 2,000 applied to it, INV-2 1,000 due next month, CN-1 200 unapplied,
 * INV-3 200 AUD (at 5: 1,000 CNY) of another customer due on the 20th; m0 PAY-2 500 applied to INV-1.
 */
@OpenArIntegrationTest
class KpiTest {

  @Autowired Kpis kpis;
  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired Ledger ledger;
  @Autowired FxRates fx;
  @Autowired AuditTrail audit;
  @Autowired BusinessCalendar calendar;

  ReportingFixture f;
  LocalDate today;
  YearMonth m0;
  YearMonth m1;
  YearMonth m2;
  CustomerView a;
  CustomerView b;

  @BeforeEach
  void book() {
    f = new ReportingFixture(customers, masterData, ledger);
    today = calendar.today();
    m0 = YearMonth.from(today);
    m1 = m0.minusMonths(1);
    m2 = m0.minusMonths(2);
    a = f.customer("A", "甲公司", "Alpha Ltd", null);
    b = f.customer("B", "乙公司", "Beta Ltd", null);
    fx.upsert(new FxRates.NewFxRate(CurrencyCode.of("AUD"), CurrencyCode.CNY, m2.atDay(1).minusYears(1),
        new BigDecimal("5"), "test"));
    ItemId inv1 = f.invoice(a.id(), "INV-1", "3000.00 CNY", m2.atDay(5), m2.atDay(25));
    f.allocate(f.payment(a.id(), "PAY-1", "2000.00 CNY", m1.atDay(10)), m1.atDay(10), inv1, null);
    f.invoice(a.id(), "INV-2", "1000.00 CNY", m1.atDay(12), m0.plusMonths(1).atDay(1));
    f.credit(ItemType.CREDIT_NOTE, a.id(), "CN-1", "200.00 CNY", m1.atDay(15));
    f.invoice(b.id(), "INV-3", "200.00 AUD", m1.atDay(18), m1.atDay(20));
    f.allocate(f.payment(a.id(), "PAY-2", "500.00 CNY", m0.atDay(1)), m0.atDay(1), inv1, null);
  }

  private static BigDecimal days(long d) {
    return BigDecimal.valueOf(d);
  }

  private static BigDecimal dso(BigDecimal days) {
    return days.setScale(1, RoundingMode.HALF_EVEN);
  }

  @Test
  void theMonthlyTrendHasTheHandWorkedFigures() {
    List<KpiMonth> months = kpis.trend(f.company.id(), 3).months();
    assertThat(months).extracting(KpiMonth::month).containsExactly(m2, m1, m0);
    KpiMonth two = months.get(0);
    KpiMonth one = months.get(1);
    KpiMonth now = months.get(2);
    assertThat(List.of(two.receivables(), two.openDebit(), two.overdue(), two.sales(), two.collected()))
        .containsExactly(cny("3000"), cny("3000"), cny("3000"), cny("3000"), cny("0"));
    assertThat(two.cei()).isEqualByComparingTo("0.0");
    assertThat(two.dsoStandard()).isEqualByComparingTo(dso(days(m2.lengthOfMonth())));
    assertThat(two.dsoCountback()).isEqualByComparingTo(dso(days(m2.lengthOfMonth())));
    assertThat(List.of(one.receivables(), one.openDebit(), one.overdue(), one.sales(), one.collected()))
        .containsExactly(cny("2800"), cny("3000"), cny("2000"), cny("1800"), cny("2000"));
    assertThat(one.cei()).isEqualByComparingTo("50.0");
    assertThat(one.overdueRatio()).isEqualByComparingTo("0.6667");
    assertThat(one.dsoStandard()).isEqualByComparingTo(BigDecimal.valueOf(2800L * m1.lengthOfMonth())
        .divide(BigDecimal.valueOf(1800), 1, RoundingMode.HALF_EVEN));
    assertThat(one.dsoCountback()).isEqualByComparingTo(dso(days(m1.lengthOfMonth())
        .add(days(m2.lengthOfMonth()).divide(days(3), 10, RoundingMode.HALF_EVEN))));
    assertThat(List.of(now.receivables(), now.openDebit(), now.overdue(), now.sales(), now.collected()))
        .containsExactly(cny("2300"), cny("2500"), cny("1500"), cny("0"), cny("500"));
    assertThat(now.end()).isEqualTo(today);
    assertThat(now.cei()).isEqualByComparingTo("25.0");
    assertThat(now.dsoStandard()).isNull();
    assertThat(now.dsoCountback()).isEqualByComparingTo(dso(days(today.getDayOfMonth()).add(days(m1.lengthOfMonth()))
        .add(days(m2.lengthOfMonth()).divide(days(6), 10, RoundingMode.HALF_EVEN))));
  }

  @Test
  void theDashboardAgreesWithTheTrendAndTheAgingAndComparesWithTheTarget() {
    kpis.setTarget(f.company.id(), m0, cny("1000"));
    Dashboard d = kpis.dashboard(f.company.id());
    assertThat(List.of(d.receivables(), d.openDebit(), d.unappliedCredit(), d.overdue()))
        .containsExactly(cny("2300"), cny("2500"), cny("200"), cny("1500"));
    assertThat(d.overdueRatio()).isEqualByComparingTo("0.6000");
    assertThat(d.aging().stream().map(Money::minor).reduce(0L, Long::sum)).isEqualTo(230_000L);
    assertThat(d.trend()).hasSize(12);
    assertThat(d.trend().get(11).receivables()).isEqualTo(d.receivables());
    assertThat(d.collections().collected()).isEqualTo(cny("500"));
    assertThat(d.collections().target()).isEqualTo(cny("1000"));
    assertThat(d.collections().ratio()).isEqualByComparingTo("0.5");
    assertThat(d.topOverdue()).extracting(t -> t.code() + " " + t.overdue().amount() + " " + t.total().amount())
        .containsExactly(b.code() + " 1000.00 1000.00", a.code() + " 500.00 1300.00");
  }

  @Test
  void foreignCurrencyFiguresAddUpToTheCentInTheBaseCurrency() {
    // SGD, a currency no other test of the shared database rates, at an awkward rate: 0.45, 0.53 and 0.61 SGD each
    // convert to just over half a fen (320.555, 377.54285, 434.53045), so bucket by bucket they would round to
    // 11.34 CNY where their sum, 1.59 SGD, converts to 11.33
    fx.upsert(new FxRates.NewFxRate(CurrencyCode.of("SGD"), CurrencyCode.CNY, m2.atDay(1).minusYears(1),
        new BigDecimal("7.12345"), "test"));
    CustomerView c = f.customer("C", "丙公司", "Gamma Inc", null);
    CustomerView e = f.customer("E", "戊公司", "Epsilon Inc", null);
    f.invoice(c.id(), "SGD-1", "0.45 SGD", m2.atDay(1), m2.atDay(2));
    f.invoice(c.id(), "SGD-2", "0.53 SGD", m1.atDay(1), today.minusDays(3));
    f.invoice(c.id(), "SGD-3", "0.61 SGD", today.minusDays(1), today.plusDays(30));
    f.invoice(e.id(), "SGD-4", "0.07 SGD", today.minusDays(1), today.plusDays(30));
    f.invoice(e.id(), "SGD-5", "19.99 SGD", m1.atDay(2), today.minusDays(40));
    f.payment(e.id(), "SGD-P1", "5.55 SGD", today.minusDays(2));
    Dashboard d = kpis.dashboard(f.company.id());
    KpiMonth now = d.trend().get(11);
    assertThat(d.aging().stream().map(Money::minor).reduce(0L, Long::sum)).isEqualTo(d.receivables().minor());
    assertThat(d.openDebit().minus(d.unappliedCredit())).isEqualTo(d.receivables());
    assertThat(List.of(d.receivables(), d.openDebit(), d.overdue()))
        .containsExactly(now.receivables(), now.openDebit(), now.overdue());
  }

  @Test
  void dashboardAndKpisOverRest() throws Exception {
    String clerk = Api.bearer(users, "kpi-clerk", Role.AR_CLERK);
    mvc.perform(get("/api/v1/reports/dashboard").param("companyId", f.company.id().toString())
            .header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.currency").value("CNY"))
        .andExpect(jsonPath("$.receivables.amount").value("2300.00"))
        .andExpect(jsonPath("$.overdueRatio").value("0.6000"))
        .andExpect(jsonPath("$.trend.length()").value(12))
        .andExpect(jsonPath("$.trend[11].month").value(m0.toString()))
        .andExpect(jsonPath("$.agingLabels[0]").value("current"))
        .andExpect(jsonPath("$.topOverdue[0].nameEn").value("Beta Ltd"));
    mvc.perform(get("/api/v1/reports/kpis").param("companyId", f.company.id().toString()).param("months", "24")
            .header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.months.length()").value(24))
        .andExpect(jsonPath("$.months[22].cei").value("50.0"));
    problem(get("/api/v1/reports/dashboard"), clerk, 400, "REPORTING_COMPANY_REQUIRED");
    problem(get("/api/v1/reports/dashboard").param("companyId", UUID.randomUUID().toString()), clerk, 404,
        "CUSTOMERS_COMPANY_NOT_FOUND");
    problem(get("/api/v1/reports/kpis").param("companyId", f.company.id().toString()).param("months", "0"), clerk,
        400, "REPORTING_INVALID_MONTHS");
    problem(get("/api/v1/reports/kpis").param("companyId", f.company.id().toString()).param("months", "37"), clerk,
        400, "REPORTING_INVALID_MONTHS");
  }

  @Test
  void aSalesRepSeesItsCustomersFiguresAndNoCompanyTarget() throws Exception {
    String rep = Api.bearer(users, "kpi-rep-" + f.tag, Role.SALES_REP);
    UUID repId = users.findByUsername("kpi-rep-" + f.tag).orElseThrow().id();
    CustomerView own = f.customer("OWN", "自有", "Own", repId);
    f.invoice(own.id(), "OWN-1", "70.00 CNY", m1.atDay(3), m1.atDay(4));
    kpis.setTarget(f.company.id(), m0, cny("1000"));
    mvc.perform(get("/api/v1/reports/dashboard").param("companyId", f.company.id().toString())
            .header("Authorization", rep))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.receivables.amount").value("70.00"))
        .andExpect(jsonPath("$.overdue.amount").value("70.00"))
        .andExpect(jsonPath("$.collections.target").doesNotExist())
        .andExpect(jsonPath("$.topOverdue.length()").value(1));
  }

  @Test
  void theControllerSetsTargetsOthersMayNotAndBadTargetsAreRefused() throws Exception {
    String controller = Api.bearer(users, "kpi-controller", Role.CONTROLLER);
    String clerk = Api.bearer(users, "kpi-clerk", Role.AR_CLERK);
    String path = "/api/v1/reports/collection-targets/" + f.company.id() + "/" + m0;
    mvc.perform(put(path).header("Authorization", controller).contentType(MediaType.APPLICATION_JSON)
            .content("{\"amount\":{\"amount\":\"800000.00\",\"currency\":\"CNY\"}}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.month").value(m0.toString()))
        .andExpect(jsonPath("$.amount.amount").value("800000.00"))
        .andExpect(jsonPath("$.updatedBy").value("kpi-controller"));
    mvc.perform(get("/api/v1/reports/collection-targets").param("companyId", f.company.id().toString())
            .param("from", m0.toString()).header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].amount.amount").value("800000.00"));
    assertThat(audit.search(new AuditTrail.AuditQuery("reporting.collection-target", f.company.id().value() + "/" + m0,
        null, null, null, 0, 10))).extracting(AuditTrail.AuditEntryView::action).contains("set");
    mvc.perform(put(path).header("Authorization", clerk).contentType(MediaType.APPLICATION_JSON)
            .content("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"CNY\"}}"))
        .andExpect(status().isForbidden());
    putProblem(path, controller, "{\"amount\":{\"amount\":\"10.00\",\"currency\":\"USD\"}}", 422,
        "REPORTING_TARGET_CURRENCY");
    putProblem(path, controller, "{\"amount\":{\"amount\":\"0.00\",\"currency\":\"CNY\"}}", 400,
        "REPORTING_TARGET_NOT_POSITIVE");
    putProblem(path, controller, "{}", 400, "MISSING_FIELD");
    putProblem("/api/v1/reports/collection-targets/" + f.company.id() + "/2026-13", controller,
        "{\"amount\":{\"amount\":\"1.00\",\"currency\":\"CNY\"}}", 400, "REPORTING_INVALID_MONTH");
    mvc.perform(delete(path).header("Authorization", controller)).andExpect(status().isNoContent());
    problem(delete(path), controller, 404, "REPORTING_TARGET_NOT_FOUND");
    assertThat(kpis.dashboard(f.company.id()).collections().target()).isNull();
  }

  private void putProblem(String path, String bearer, String body, int status, String code) throws Exception {
    problem(put(path).contentType(MediaType.APPLICATION_JSON).content(body), bearer, status, code);
  }

  private void problem(MockHttpServletRequestBuilder request, String bearer, int status, String code)
      throws Exception {
    mvc.perform(request.header("Authorization", bearer))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value(code));
  }

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount).setScale(2), CurrencyCode.CNY);
  }
}
