package org.openar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Reports in a real browser against the real jar, on a small book seeded through the REST API: the dashboard (every
 * figure), a click from a figure to the aging report, a drill-down from a bucket amount to its items, the KPI page;
 * screenshots of each in English and Chinese under target/e2e-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingE2EIT {

  /** The server's business day is Shanghai's; seeding dates must not lie in its future. */
  private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");
  private static final By ROWS = By.cssSelector(".server-table tbody tr[data-row-key]");
  /** The open drawer's body (antd 6 renders no .ant-drawer-content element). */
  private static final By DRAWER = By.cssSelector(".ant-drawer-open .ant-drawer-body");

  private OpenArProcess server;
  private Browser browser;
  private String base;

  @BeforeAll
  void start() throws Exception {
    Path jar = OpenArProcess.jarOrSkip("reporting");
    Path out = OpenArProcess.out();
    server = OpenArProcess.start(jar, out.resolve("e2e-reporting"));
    base = server.baseUrl();
    seed(E2eApi.signIn(base, "admin", OpenArProcess.ADMIN_PASSWORD), LocalDate.now(SHANGHAI));
    browser = new Browser("en", out.resolve("e2e-screenshots"));
  }

  @AfterAll
  void stop() throws Exception {
    OpenArProcess.stop(browser, server);
  }

  /**
   * Two customers with invoices in several buckets, a receipt of today applied in part, an unapplied one and this
   * month's target (receipts dated today, so "collections this month" does not depend on the day of the month).
   */
  private static void seed(E2eApi api, LocalDate today) throws Exception {
    String company = api.id("POST", "/api/v1/companies",
        "{\"code\":\"RPT\",\"name\":\"上海报表示例有限公司\",\"nameEn\":\"Shanghai Reports Example Co\",\"baseCurrency\":\"CNY\"}");
    String hua = customer(api, company, "HX001", "华信贸易有限公司", "Huaxin Trading Co");
    String atlas = customer(api, company, "AT002", "阿特拉斯食品有限公司", "Atlas Foods Ltd");
    String inv1 = invoice(api, hua, "INV-1001", "12000.00", today.minusDays(105), today.minusDays(75));
    invoice(api, hua, "INV-1002", "8800.00", today.minusDays(40), today.minusDays(10));
    invoice(api, hua, "INV-1003", "5600.00", today.minusDays(5), today.plusDays(25));
    invoice(api, atlas, "INV-2001", "30000.00", today.minusDays(230), today.minusDays(200));
    invoice(api, atlas, "INV-2002", "4500.00", today.minusDays(50), today.minusDays(20));
    api.send("POST", "/api/v1/ledger/receipts", """
        {"customerId":"%s","documentNumber":"PAY-1","amount":{"amount":"7000.00","currency":"CNY"},"valueDate":"%s",
         "allocations":[{"debitItemId":"%s"}]}""".formatted(hua, today, inv1));
    api.send("POST", "/api/v1/ledger/receipts", """
        {"customerId":"%s","documentNumber":"PAY-2","amount":{"amount":"1500.00","currency":"CNY"},"valueDate":"%s"}"""
        .formatted(atlas, today));
    api.send("PUT", "/api/v1/reports/collection-targets/" + company + "/" + YearMonth.from(today),
        "{\"amount\":{\"amount\":\"20000.00\",\"currency\":\"CNY\"}}");
  }

  private static String customer(E2eApi api, String company, String code, String zh, String en) throws Exception {
    return api.id("POST", "/api/v1/customers",
        "{\"companyId\":\"%s\",\"code\":\"%s\",\"nameZh\":\"%s\",\"nameEn\":\"%s\"}".formatted(company, code, zh, en));
  }

  private static String invoice(E2eApi api, String customer, String number, String amount, LocalDate date,
      LocalDate due) throws Exception {
    return api.id("POST", "/api/v1/ledger/items", """
        {"type":"INVOICE","customerId":"%s","documentNumber":"%s","amount":{"amount":"%s","currency":"CNY"},
         "documentDate":"%s","dueDate":"%s"}""".formatted(customer, number, amount, date, due));
  }

  @Test
  @Order(1)
  void theDashboardShowsEveryFigureInEnglish() throws Exception {
    browser.open(base + "/dashboard");
    signIn();
    browser.waitText(By.tagName("h1"), "Dashboard");
    // 12000 − 7000 + 8800 + 5600 + 30000 + 4500 − 1500 unapplied
    browser.waitText(By.cssSelector("[data-testid=figure-receivables]"), "52,400.00");
    assertThat(browser.visible(By.cssSelector("[data-testid=figure-overdue]")).getText()).contains("48,300.00");
    assertThat(browser.visible(By.cssSelector("[data-testid=figure-collections]")).getText()).contains("8,500.00")
        .contains("20,000.00");
    assertThat(browser.visible(By.id("main")).getText()).contains("Atlas Foods Ltd").contains("Top overdue customers");
    browser.screenshot("dashboard-en");
  }

  @Test
  @Order(2)
  void aFigureOpensTheAgingReportAndAnAmountItsItems() throws Exception {
    browser.visible(By.cssSelector("[data-testid=figure-overdue]")).click();
    browser.waitUrlContains("/reports/aging");
    browser.waitText(By.tagName("h1"), "Aging report");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 1));
    assertThat(browser.driver.findElement(ROWS).getText()).contains("AT002"); // most overdue first
    browser.screenshot("aging-en");
    browser.clickCentered(By.cssSelector("button[aria-label='Show the items of Huaxin Trading Co in 61–90 days']"));
    WebElement drawer = browser.visible(DRAWER);
    browser.waitText(DRAWER, "INV-1001");
    assertThat(drawer.getText()).contains("5,000.00").doesNotContain("INV-1002");
    assertThat(browser.driver.getCurrentUrl()).contains("drill=1").contains("bucket=3");
    browser.screenshot("aging-drill-en");
    browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(DRAWER));
  }

  @Test
  @Order(3)
  void theSameInChinese() throws Exception {
    browser.switchLanguage("简体中文");
    browser.waitText(By.tagName("h1"), "账龄报表");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 1));
    browser.waitText(By.cssSelector(".server-table"), "华信贸易有限公司");
    browser.screenshot("aging-zh-CN");
    browser.clickCentered(By.cssSelector("button[aria-label='查看 阿特拉斯食品有限公司 在 180 天以上 的明细']"));
    browser.waitText(DRAWER, "INV-2001");
    browser.screenshot("aging-drill-zh-CN");
    browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

    browser.open(base + "/dashboard");
    browser.waitText(By.tagName("h1"), "仪表盘");
    browser.waitText(By.cssSelector("[data-testid=figure-receivables]"), "52,400.00");
    assertThat(browser.visible(By.id("main")).getText()).contains("逾期金额最高的客户").contains("阿特拉斯食品有限公司");
    browser.screenshot("dashboard-zh-CN");
  }

  @Test
  @Order(4)
  void theKpiPageInBothLanguages() throws Exception {
    browser.visible(By.cssSelector("[data-testid=figure-dso]")).click();
    browser.waitUrlContains("/reports/kpis");
    browser.waitText(By.tagName("h1"), "关键指标");
    browser.waitText(By.cssSelector(".ant-table"), YearMonth.now(SHANGHAI).toString());
    browser.screenshot("kpis-zh-CN");
    browser.switchLanguage("English");
    browser.waitText(By.tagName("h1"), "KPIs");
    browser.waitText(By.cssSelector(".ant-table"), "DSO countback");
    browser.screenshot("kpis-en");
  }

  private void signIn() {
    browser.waitUrlContains("/login");
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD);
    browser.waitUrlContains("/dashboard");
  }
}
