package org.openar.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerQueries;
import org.openar.ledger.Side;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.Api;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A statement over a history with everything a customer can see happen: balance brought forward, invoices, a credit
 * note, receipts applied, an early-payment discount, a write-off, a returned payment, a second currency.
 */
@OpenArIntegrationTest
class StatementTest {

  @Autowired Statements statements;
  @Autowired Customers customers;
  @Autowired CustomerMasterData masterData;
  @Autowired Ledger ledger;
  @Autowired LedgerQueries queries;
  @Autowired BusinessCalendar calendar;
  @Autowired MockMvc mvc;
  @Autowired Users users;

  ReportingFixture f;
  CustomerView acme;
  LocalDate t;

  @BeforeEach
  void history() {
    f = new ReportingFixture(customers, masterData, ledger);
    acme = f.customer("ACME", "艾克美贸易（上海）有限公司", "Acme Trading", null);
    t = calendar.today();
    CustomerId c = acme.id();
    ItemId invA = f.invoice(c, "INV-A", "1000.00 CNY", day(100), day(70));
    f.allocate(f.payment(c, "PAY-1", "400.00 CNY", day(80)), day(80), invA, null);
    ItemId invB = f.invoice(c, "INV-B", "500.00 CNY", day(50), day(20));
    ItemId invU = f.invoice(c, "INV-U", "100.00 USD", day(45), day(15));
    ItemId pay2 = f.payment(c, "PAY-2", "700.00 CNY", day(40));
    f.allocate(pay2, day(40), invA, "600.00 CNY");
    f.allocate(pay2, day(40), invB, "100.00 CNY");
    ItemId invD = f.invoiceWithTerms(c, "INV-D", "1000.00 CNY", day(35), "2/10,NET30");
    f.allocate(f.payment(c, "PAY-4", "980.00 CNY", day(30)), day(30), invD, null);
    f.allocate(f.credit(ItemType.CREDIT_NOTE, c, "CN-1", "50.00 CNY", day(30)), day(30), invB, null);
    ItemId pay3 = f.payment(c, "PAY-3", "200.00 CNY", day(25));
    f.allocate(pay3, day(25), invB, "200.00 CNY");
    ledger.reverse(new Ledger.Reverse(pay3, "cheque bounced", day(20)));
    ledger.writeOff(new Ledger.WriteOff(invB, Money.parse("10.00 CNY"), day(12), "rounding difference"));
    f.invoice(c, "INV-C", "300.00 CNY", day(15), day(-15));
    f.invoice(c, "INV-E", "100.00 CNY", day(5), day(-25)); // after the period
  }

  private LocalDate day(int daysAgo) {
    return t.minusDays(daysAgo);
  }

  @Test
  void theStatementCarriesTheBalanceForwardEveryMovementAndClosesAtTheLedgerBalance() {
    StatementDocument d = statements.statement(acme.id(), day(60), day(10));

    assertThat(d.sections()).extracting(StatementDocument.Section::currency)
        .containsExactly(CurrencyCode.CNY, CurrencyCode.of("USD"));
    AccountStatement.Section cny = d.sections().get(0).account();
    assertThat(cny.opening()).isEqualTo(Money.parse("600.00 CNY"));
    assertThat(cny.lines()).extracting(l -> l.type() + " " + l.documentNumber() + " " + (l.debit() != null
            ? "+" + l.debit().amount() : "-" + l.credit().amount()) + " = " + l.balance().amount())
        .containsExactly(
            "INVOICE " + f.number("INV-B") + " +500.00 = 1100.00",
            "PAYMENT " + f.number("PAY-2") + " -700.00 = 400.00",
            "INVOICE " + f.number("INV-D") + " +1000.00 = 1400.00",
            "PAYMENT " + f.number("PAY-4") + " -980.00 = 420.00",
            "DISCOUNT " + f.number("INV-D") + " -20.00 = 400.00",
            "CREDIT_NOTE " + f.number("CN-1") + " -50.00 = 350.00",
            "PAYMENT " + f.number("PAY-3") + " -200.00 = 150.00",
            "REVERSAL " + f.number("PAY-3") + " +200.00 = 350.00",
            "INVOICE " + f.number("INV-C") + " +300.00 = 650.00",
            "WRITE_OFF " + f.number("INV-B") + " -10.00 = 640.00");
    AccountStatement.Line returned = cny.lines().get(7);
    assertThat(returned.side()).isEqualTo(Side.DEBIT);
    assertThat(returned.reversedType()).isEqualTo(ItemType.PAYMENT);
    assertThat(cny.closing()).isEqualTo(Money.parse("640.00 CNY"))
        .isEqualTo(cny.opening().plus(cny.debits()).minus(cny.credits()));
    assertThat(netBalance(CurrencyCode.CNY, day(10))).isEqualTo(cny.closing());
    assertThat(d.sections().get(0).aging().total()).isEqualTo(cny.closing());
  }

  @Test
  void applicationsShowWhichReceiptSettledWhatIncludingTheUndoneOne() {
    AccountStatement.Section cny = statements.statement(acme.id(), day(60), day(10)).sections().get(0).account();

    assertThat(cny.applications()).extracting(a -> a.creditDocumentNumber() + ">" + a.debitDocumentNumber() + " "
            + a.amount().amount() + (a.undo() ? " undone" : ""))
        .containsExactly(
            f.number("PAY-2") + ">" + f.number("INV-A") + " 600.00",
            f.number("PAY-2") + ">" + f.number("INV-B") + " 100.00",
            f.number("PAY-4") + ">" + f.number("INV-D") + " 980.00",
            f.number("CN-1") + ">" + f.number("INV-B") + " 50.00",
            f.number("PAY-3") + ">" + f.number("INV-B") + " 200.00",
            f.number("PAY-3") + ">" + f.number("INV-B") + " -200.00 undone");
  }

  @Test
  void theSecondCurrencyHasItsOwnSectionAndTheOpenItemsAtTheEnd() {
    StatementDocument d = statements.statement(acme.id(), day(60), day(10));
    StatementDocument.Section usd = d.sections().get(1);

    assertThat(usd.account().opening()).isEqualTo(Money.parse("0.00 USD"));
    assertThat(usd.account().closing()).isEqualTo(Money.parse("100.00 USD"));
    assertThat(usd.openItems()).singleElement().satisfies(i -> {
      assertThat(i.documentNumber()).isEqualTo(f.number("INV-U"));
      assertThat(i.daysPast()).isEqualTo(5);
    });
    assertThat(usd.aging().buckets().get(1)).isEqualTo(Money.parse("100.00 USD"));
    assertThat(d.sections().get(0).openItems()).extracting(i -> i.documentNumber() + " " + i.openAmount().amount())
        .containsExactlyInAnyOrder(f.number("INV-B") + " 340.00", f.number("INV-C") + " 300.00");
  }

  @Test
  void aPeriodBeforeAnyActivityIsEmptyAndOneAfterItOnlyCarriesTheBalance() {
    assertThat(statements.statement(acme.id(), day(400), day(300)).sections()).isEmpty();
    StatementDocument later = statements.statement(acme.id(), day(4), day(0));
    assertThat(later.sections()).extracting(s -> s.currency().code() + " " + s.account().opening().amount() + " "
        + s.account().lines().size() + " " + s.account().closing().amount())
        .containsExactly("CNY 740.00 0 740.00", "USD 100.00 0 100.00");
    assertThat(later.sections().get(0).account().closing()).isEqualTo(netBalance(CurrencyCode.CNY, day(0)));
  }

  @Test
  void theChinesePdfRendersChineseAndTheEnglishOneEnglish() throws IOException {
    String zh = text(statements.statementPdf(acme.id(), day(60), day(10), I18nConfig.ZH_CN));
    assertThat(zh).contains(squeezed("对账单", "艾克美贸易（上海）有限公司", "上海报表测试有限公司" + f.tag, "期初余额", "600.00",
        "收款 " + f.number("PAY-3") + " 已退回", f.number("INV-D") + " 的现金折扣", "世纪大道 100 号 8 楼",
        "联系人：王丽", "截至 " + day(10) + " 的账龄", "1-30 天", "640.00", "第 1 页 / 共"));
    String en = text(statements.statementPdf(acme.id(), day(60), day(10), Locale.ENGLISH));
    assertThat(en).contains(squeezed("Statement of account", "Acme Trading", "Shanghai Report Test Co " + f.tag,
        "Balance brought forward", "Payment " + f.number("PAY-3") + " returned",
        "Early-payment discount on " + f.number("INV-D"), "Account in USD", "Not yet due", "Page 1 of"))
        .doesNotContain(squeezed("期初余额", "cheque bounced", "rounding difference"));
  }

  @Test
  void restGivesJsonAndAPdfDownloadAndRefusesBadInput() throws Exception {
    String clerk = Api.bearer(users, "stmt-clerk", Role.AR_CLERK);
    String base = "/api/v1/reports/statements/" + acme.id();
    mvc.perform(get(base).param("from", day(60).toString()).param("to", day(10).toString())
            .header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customer.code").value(acme.code()))
        .andExpect(jsonPath("$.sections[0].opening.amount").value("600.00"))
        .andExpect(jsonPath("$.sections[0].closing.amount").value("640.00"))
        .andExpect(jsonPath("$.sections[0].lines[7].reversedType").value("PAYMENT"))
        .andExpect(jsonPath("$.sections[1].currency").value("USD"));
    mvc.perform(get(base + "/pdf").param("from", day(60).toString()).param("to", day(10).toString())
            .param("lang", "zh-CN").header("Authorization", clerk))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
    expect(get(base).param("from", day(5).toString()).param("to", day(10).toString()), clerk, 400,
        "REPORTING_INVALID_PERIOD");
    expect(get(base).param("to", day(-1).toString()), clerk, 422, "REPORTING_DATE_IN_FUTURE");
    expect(get(base).param("to", "2026-02-30"), clerk, 400, "INVALID_VALUE");
    expect(get("/api/v1/reports/statements/" + UUID.randomUUID()), clerk, 404, "CUSTOMERS_CUSTOMER_NOT_FOUND");
    expect(get(base + "/pdf").param("lang", "fr"), clerk, 400, "REPORTING_UNSUPPORTED_LANGUAGE");
  }

  @Test
  void aSalesRepSeesOnlyItsOwnCustomersStatements() throws Exception {
    String rep = Api.bearer(users, "stmt-rep-" + f.tag, Role.SALES_REP);
    UUID repId = users.findByUsername("stmt-rep-" + f.tag).orElseThrow().id();
    CustomerView own = f.customer("OWN", "自有客户", "Own customer", repId);
    f.invoice(own.id(), "INV-OWN", "10.00 CNY", day(3), day(0));
    mvc.perform(get("/api/v1/reports/statements/" + own.id()).header("Authorization", rep))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sections[0].closing.amount").value("10.00"));
    expect(get("/api/v1/reports/statements/" + acme.id()), rep, 404, "CUSTOMERS_CUSTOMER_NOT_FOUND");
    String auditor = Api.bearer(users, "stmt-auditor", Role.AUDITOR);
    mvc.perform(get("/api/v1/reports/statements/" + acme.id()).header("Authorization", auditor))
        .andExpect(status().isOk());
  }

  @Test
  void theFacadeRefusesWhatTheRestRefuses() {
    assertThatThrownBy(() -> statements.statementPdf(acme.id(), day(1), day(2), Locale.ENGLISH))
        .isInstanceOf(OpenArException.class).hasFieldOrPropertyWithValue("errorCode",
            ReportingError.REPORTING_INVALID_PERIOD);
    assertThatThrownBy(() -> statements.statement(new CustomerId(UUID.randomUUID()), day(2), day(1)))
        .isInstanceOf(OpenArException.class);
  }

  private void expect(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String bearer, int status, String code) throws Exception {
    mvc.perform(request.header("Authorization", bearer))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value(code));
  }

  private Money netBalance(CurrencyCode ccy, LocalDate asOf) {
    return queries.balances(acme.id(), asOf).stream().filter(b -> b.currency().equals(ccy)).findFirst()
        .orElseThrow().net();
  }

  /** The PDF's text without any whitespace, so that a line wrapped inside a table cell still matches. */
  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }

  private static String[] squeezed(String... expected) {
    return java.util.Arrays.stream(expected).map(e -> e.replaceAll("\\s+", "")).toArray(String[]::new);
  }
}
