package org.openar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.ledger.FxRates;
import org.openar.ledger.ItemId;
import org.openar.ledger.Ledger;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The aging report through its REST API on a small book whose figures are worked out by hand: three customers (two of
 * one sales rep), CNY and NZD, an applied and an unapplied payment.
 */
@OpenArIntegrationTest
class AgingReportTest {

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired Ledger ledger;
  @Autowired FxRates fx;
  @Autowired BusinessCalendar calendar;

  ReportingFixture f;
  LocalDate t;
  String clerk;
  String repToken;
  CustomerView a;
  CustomerView b;
  CustomerView c;

  @BeforeEach
  void book() {
    f = new ReportingFixture(customers, masterData, ledger);
    t = calendar.today();
    clerk = Api.bearer(users, "aging-clerk", Role.AR_CLERK);
    repToken = Api.bearer(users, "aging-rep-" + f.tag, Role.SALES_REP);
    UUID rep = users.findByUsername("aging-rep-" + f.tag).orElseThrow().id();
    a = f.customer("A", "甲公司", "Alpha Ltd", rep);
    b = f.customer("B", "乙公司", "Beta Ltd", rep);
    c = f.customer("C", "丙公司", "Gamma Ltd", null);
    ItemId a1 = f.invoice(a.id(), "A1", "1000.00 CNY", day(100), day(70));
    f.allocate(f.payment(a.id(), "PA", "300.00 CNY", day(20)), day(20), a1, null);
    f.invoice(a.id(), "A2", "200.00 CNY", day(10), day(-20));
    f.invoice(b.id(), "B1", "500.00 CNY", day(45), day(15));
    f.payment(b.id(), "PB", "50.00 CNY", day(40));
    f.invoice(c.id(), "C1", "100.00 NZD", day(200), day(190));
    f.invoice(c.id(), "C2", "80.00 CNY", day(5), day(1));
    fx.upsert(new FxRates.NewFxRate(CurrencyCode.of("NZD"), CurrencyCode.CNY, day(365), new BigDecimal("4.2"),
        "test"));
  }

  private LocalDate day(int daysAgo) {
    return t.minusDays(daysAgo);
  }

  private MockHttpServletRequestBuilder aging(String path) {
    return get("/api/v1/reports/aging" + path).param("companyId", f.company.id().toString());
  }

  private List<String> rows(MockHttpServletRequestBuilder request, String bearer) throws Exception {
    String body = mvc.perform(request.header("Authorization", bearer)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    List<java.util.Map<String, Object>> rows = JsonPath.read(body, "$.rows.items");
    return rows.stream().map(r -> r.get("code") + " " + r.get("currency") + " " + amounts(r.get("buckets"))
        + " = " + ((java.util.Map<?, ?>) r.get("total")).get("amount")).toList();
  }

  @SuppressWarnings("unchecked")
  private static String amounts(Object buckets) {
    return ((List<java.util.Map<String, Object>>) buckets).stream().map(m -> (String) m.get("amount")).toList()
        .toString();
  }

  @Test
  void byCustomerTodayWithTotalsSortedByTotalWithinCurrency() throws Exception {
    assertThat(rows(aging(""), clerk)).containsExactly(
        a.code() + " CNY [200.00, 0.00, 0.00, 700.00, 0.00, 0.00] = 900.00",
        b.code() + " CNY [0.00, 500.00, -50.00, 0.00, 0.00, 0.00] = 450.00",
        c.code() + " CNY [0.00, 80.00, 0.00, 0.00, 0.00, 0.00] = 80.00",
        c.code() + " NZD [0.00, 0.00, 0.00, 0.00, 0.00, 100.00] = 100.00");
    mvc.perform(aging("").header("Authorization", clerk))
        .andExpect(jsonPath("$.labels[5]").value(">180"))
        .andExpect(jsonPath("$.rows.total").value(4))
        .andExpect(jsonPath("$.rows.items[0].nameZh").value("甲公司"))
        .andExpect(jsonPath("$.rows.items[1].unappliedCredit.amount").value("50.00"))
        .andExpect(jsonPath("$.rows.items[1].overdue.amount").value("500.00"))
        .andExpect(jsonPath("$.totals[0].currency").value("CNY"))
        .andExpect(jsonPath("$.totals[0].total.amount").value("1430.00"))
        .andExpect(jsonPath("$.totals[0].buckets[1].amount").value("580.00"))
        .andExpect(jsonPath("$.totals[1].total.amount").value("100.00"));
  }

  @Test
  void aPastDateIsReconstructedFromHistoryNotFromToday() throws Exception {
    assertThat(rows(aging("").param("asOf", day(30).toString()).param("sort", "code"), clerk)).containsExactly(
        a.code() + " CNY [0.00, 0.00, 1000.00, 0.00, 0.00, 0.00] = 1000.00",
        b.code() + " CNY [500.00, -50.00, 0.00, 0.00, 0.00, 0.00] = 450.00",
        c.code() + " NZD [0.00, 0.00, 0.00, 0.00, 100.00, 0.00] = 100.00");
  }

  @Test
  void customBucketsAndTheDocumentDateBasis() throws Exception {
    assertThat(rows(aging("").param("buckets", "15,45").param("sort", "code"), clerk)).containsExactly(
        a.code() + " CNY [200.00, 0.00, 0.00, 700.00] = 900.00",
        b.code() + " CNY [0.00, 500.00, -50.00, 0.00] = 450.00",
        c.code() + " CNY [0.00, 80.00, 0.00, 0.00] = 80.00",
        c.code() + " NZD [0.00, 0.00, 0.00, 100.00] = 100.00");
    assertThat(rows(aging("").param("basis", "document").param("sort", "code"), clerk)).containsExactly(
        a.code() + " CNY [0.00, 200.00, 0.00, 0.00, 700.00, 0.00] = 900.00",
        b.code() + " CNY [0.00, 0.00, 450.00, 0.00, 0.00, 0.00] = 450.00",
        c.code() + " CNY [0.00, 80.00, 0.00, 0.00, 0.00, 0.00] = 80.00",
        c.code() + " NZD [0.00, 0.00, 0.00, 0.00, 0.00, 100.00] = 100.00");
  }

  @Test
  void groupedBySalesRepCompanyAndCurrency() throws Exception {
    assertThat(rows(aging("").param("by", "sales-rep"), clerk)).containsExactly(
        "aging-rep-" + f.tag + " CNY [200.00, 500.00, -50.00, 700.00, 0.00, 0.00] = 1350.00",
        " CNY [0.00, 80.00, 0.00, 0.00, 0.00, 0.00] = 80.00",
        " NZD [0.00, 0.00, 0.00, 0.00, 0.00, 100.00] = 100.00");
    assertThat(rows(aging("").param("by", "company"), clerk)).containsExactly(
        f.company.code() + " CNY [200.00, 580.00, -50.00, 700.00, 0.00, 0.00] = 1430.00",
        f.company.code() + " NZD [0.00, 0.00, 0.00, 0.00, 0.00, 100.00] = 100.00");
    assertThat(rows(aging("").param("by", "currency"), clerk)).containsExactly(
        "CNY CNY [200.00, 580.00, -50.00, 700.00, 0.00, 0.00] = 1430.00",
        "NZD NZD [0.00, 0.00, 0.00, 0.00, 0.00, 100.00] = 100.00");
  }

  @Test
  void conversionToTheBaseCurrencyAtTheRateOfTheDateAndAClearErrorWithoutOne() throws Exception {
    assertThat(rows(aging("").param("convert", "true").param("sort", "code"), clerk)).containsExactly(
        a.code() + " CNY [200.00, 0.00, 0.00, 700.00, 0.00, 0.00] = 900.00",
        b.code() + " CNY [0.00, 500.00, -50.00, 0.00, 0.00, 0.00] = 450.00",
        c.code() + " CNY [0.00, 80.00, 0.00, 0.00, 0.00, 420.00] = 500.00");
    assertThat(rows(aging("").param("by", "currency").param("convert", "true"), clerk)).containsExactly(
        "CNY CNY [200.00, 580.00, -50.00, 700.00, 0.00, 0.00] = 1430.00",
        "NZD CNY [0.00, 0.00, 0.00, 0.00, 0.00, 420.00] = 420.00");
    f.invoice(c.id(), "C3", "10.00 SEK", day(3), day(1));
    problem(aging("").param("convert", "true"), 422, "LEDGER_FX_RATE_MISSING");
    problem(aging("/export").param("convert", "true").param("format", "csv"), 422, "LEDGER_FX_RATE_MISSING");
  }

  @Test
  void drillDownToTheItemsOfAGroupAndBucket() throws Exception {
    mvc.perform(aging("/items").param("group", a.id().toString()).param("bucket", "3")
            .header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].documentNumber").value(f.number("A1")))
        .andExpect(jsonPath("$.items[0].openAmount.amount").value("700.00"))
        .andExpect(jsonPath("$.items[0].daysPast").value(70))
        .andExpect(jsonPath("$.items[0].customerCode").value(a.code()));
    mvc.perform(aging("/items").param("by", "sales-rep").param("group", "none").param("sort", "documentNumber")
            .header("Authorization", clerk))
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].documentNumber").value(f.number("C1")));
    mvc.perform(aging("/items").param("asOf", day(30).toString()).param("group", a.id().toString())
            .header("Authorization", clerk))
        .andExpect(jsonPath("$.items[0].openAmount.amount").value("1000.00"));
    mvc.perform(aging("/items").param("by", "currency").param("group", "NZD").param("convert", "true")
            .header("Authorization", clerk))
        .andExpect(jsonPath("$.items[0].convertedAmount.amount").value("420.00"));
    mvc.perform(aging("/items").param("size", "2").param("page", "1").param("sort", "documentNumber")
            .header("Authorization", clerk))
        .andExpect(jsonPath("$.total").value(6))
        .andExpect(jsonPath("$.items[0].documentNumber").value(f.number("B1")));
  }

  @Test
  void aSalesRepSeesItsOwnCustomersOnly() throws Exception {
    assertThat(rows(aging(""), repToken)).containsExactly(
        a.code() + " CNY [200.00, 0.00, 0.00, 700.00, 0.00, 0.00] = 900.00",
        b.code() + " CNY [0.00, 500.00, -50.00, 0.00, 0.00, 0.00] = 450.00");
    mvc.perform(aging("/items").param("group", c.id().toString()).header("Authorization", repToken))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    String auditor = Api.bearer(users, "aging-auditor", Role.AUDITOR);
    assertThat(rows(aging(""), auditor)).hasSize(4);
  }

  @Test
  void badInputIsRefusedWithAClearProblem() throws Exception {
    problem(aging("").param("buckets", "60,30"), 400, "LEDGER_INVALID_AGING_BUCKETS");
    problem(aging("").param("buckets", "30,abc"), 400, "LEDGER_INVALID_AGING_BUCKETS");
    problem(aging("").param("by", "region"), 400, "REPORTING_INVALID_GROUPING");
    problem(aging("").param("basis", "posting"), 400, "REPORTING_INVALID_BASIS");
    problem(aging("").param("asOf", day(-1).toString()), 422, "REPORTING_DATE_IN_FUTURE");
    problem(aging("").param("asOf", "2026-13-01"), 400, "VALIDATION_FAILED");
    mvc.perform(aging("").param("asOf", "2026-13-01").header("Authorization", clerk))
        .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    problem(aging("").param("sort", "b9"), 400, "INVALID_PAGING");
    problem(aging("").param("currency", "XYZ"), 400, "UNKNOWN_CURRENCY");
    problem(aging("/items").param("group", "not-a-customer"), 400, "REPORTING_INVALID_GROUP_KEY");
    problem(aging("/items").param("bucket", "6"), 400, "REPORTING_INVALID_BUCKET");
    problem(aging("/export").param("format", "pdf"), 400, "REPORTING_UNSUPPORTED_FORMAT");
    problem(aging("/export").param("level", "everything"), 400, "INVALID_VALUE");
    problem(aging("/export").param("lang", "de"), 400, "REPORTING_UNSUPPORTED_LANGUAGE");
  }

  private void problem(MockHttpServletRequestBuilder request, int status, String code) throws Exception {
    mvc.perform(request.header("Authorization", clerk))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value(code));
  }
}
