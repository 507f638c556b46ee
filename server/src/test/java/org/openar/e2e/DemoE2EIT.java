package org.openar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The README's first command as a user runs it: {@code openar serve --demo} on an empty data directory seeds the demo
 * company, prints the demo users' passwords once, and the pages of a controller's, a clerk's and a collector's day show
 * that company's book (figures, approvals waiting, customers, invoices, receipts, aging, worklist) in both languages;
 * a sales rep reads only its own customers. Screenshots under target/e2e-screenshots/demo-*.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoE2EIT {

  private static final By ROWS = By.cssSelector(".server-table tbody tr[data-row-key]");
  private static final By H1 = By.tagName("h1");
  private static final By WORK = By.cssSelector("#main tbody tr[data-row-key]");
  /** A row of the demo users' table: username, role, password. */
  private static final Pattern LOGIN = Pattern.compile("^\\s*(demo\\.[a-z0-9]+)\\s+([A-Z_\\[\\], ]+?)\\s+(\\S+)\\s*$");
  private static final Pattern AMOUNT = Pattern.compile("[1-9][0-9,]*\\.[0-9]{2}");

  private OpenArProcess server;
  private Browser browser;
  private String base;
  private final Map<String, String> passwords = new HashMap<>();
  private String seeded;

  @BeforeAll
  void start() throws Exception {
    Path jar = OpenArProcess.jarOrSkip("demo data");
    Path out = OpenArProcess.out();
    server = OpenArProcess.startDemo(jar, out.resolve("e2e-demo"));
    base = server.baseUrl();
    seeded = server.awaitLog(Pattern.compile("OpenAR demo company seeded in"), Duration.ofMinutes(10));
    for (String line : server.logLines()) {
      Matcher m = LOGIN.matcher(line);
      if (m.matches()) {
        passwords.put(m.group(1), m.group(3));
      }
    }
    browser = new Browser("en", out.resolve("e2e-screenshots"));
  }

  @AfterAll
  void stop() throws Exception {
    OpenArProcess.stop(browser, server);
  }

  @Test
  @Order(1)
  void theFirstStartSeedsTheCompanyAndPrintsEveryDemoLoginOnce() {
    assertThat(seeded).containsPattern("\\d+ customers, \\d+ invoices, \\d+ receipts");
    assertThat(passwords).containsKeys("demo.admin", "demo.clerk", "demo.collector", "demo.credit", "demo.controller",
        "demo.sales1", "demo.auditor");
    assertThat(passwords.values()).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(12));
  }

  @Test
  @Order(2)
  void aControllersDayOnTheDemoBook() throws Exception {
    signInAs("demo.controller"); // saved language en
    dashboard("Dashboard", "demo-dashboard-en");
    approvals("Approvals", "demo-approvals-en");
    list("/reports/aging", "Aging report", "demo-aging-en");
    browser.switchLanguage("简体中文");
    list(null, "账龄报表", "demo-aging-zh-CN");
    dashboard("仪表盘", "demo-dashboard-zh-CN");
    approvals("审批", "demo-approvals-zh-CN");
  }

  @Test
  @Order(3)
  void aClerksPagesHoldTheDemoBookInBothLanguages() throws Exception {
    signInAs("demo.clerk"); // saved language zh-CN
    list("/customers", "客户", "demo-customers-zh-CN");
    list("/invoices", "发票", "demo-invoices-zh-CN");
    // the default view holds only receipts with money on account
    list("/payments?view=all", "收款", "demo-receipts-zh-CN");
    browser.switchLanguage("English");
    list(null, "Receipts", "demo-receipts-en");
    list("/invoices", "Invoices", "demo-invoices-en");
    list("/customers", "Customers", "demo-customers-en");
    browser.driver.findElements(ROWS).get(0).findElement(By.tagName("a")).click();
    browser.waitUrlContains("/customers/");
    browser.wait.until(d -> AMOUNT.matcher(d.findElement(By.id("main")).getText()).find());
    browser.screenshot("demo-customer-en");
  }

  /** Opens {@code path} (or stays), waits for its title and more than ten rows of the book, saves a screenshot. */
  private void list(String path, String title, String shot) throws Exception {
    if (path != null) {
      browser.open(base + path);
    }
    browser.waitText(H1, title);
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 10));
    browser.screenshot(shot);
  }

  /** The dashboard with real figures (open AR and overdue amounts), once its charts have grown in. */
  private void dashboard(String title, String shot) throws Exception {
    browser.open(base + "/dashboard");
    browser.waitText(H1, title);
    browser.wait.until(d -> AMOUNT.matcher(d.findElement(By.cssSelector("[data-testid=figure-receivables]")).getText())
        .find());
    assertThat(browser.visible(By.cssSelector("[data-testid=figure-overdue]")).getText()).containsPattern(AMOUNT);
    Thread.sleep(1500); // ECharts' one-second animation: the screenshot should show the charts drawn
    browser.screenshot(shot);
  }

  /** The two credit limit increases the demo's credit manager asked for, waiting for the controller. */
  private void approvals(String title, String shot) throws Exception {
    browser.open(base + "/approvals");
    browser.waitText(H1, title);
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=approve]"), 2));
    browser.screenshot(shot);
  }

  @Test
  @Order(4)
  void aCollectorsWorklist() throws Exception {
    signInAs("demo.collector"); // saved language en
    browser.open(base + "/collections/worklist");
    browser.waitText(H1, "Worklist");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(WORK, 5)); // the overdue demo customers
    browser.screenshot("demo-worklist-en");
    browser.switchLanguage("简体中文");
    browser.waitText(H1, "工作清单");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(WORK, 5));
    browser.screenshot("demo-worklist-zh-CN");
  }

  @Test
  @Order(5)
  void aSalesRepReadsOnlyItsOwnShareOfTheCustomers() throws Exception {
    long all = total(E2eApi.signIn(base, "admin", OpenArProcess.ADMIN_PASSWORD));
    long own = total(E2eApi.signIn(base, "demo.sales1", passwords.get("demo.sales1")));
    assertThat(all).isGreaterThanOrEqualTo(200);
    assertThat(own).isPositive().isLessThan(all);
  }

  private static long total(E2eApi api) throws Exception {
    return ((Number) JsonPath.read(api.send("GET", "/api/v1/customers?size=1", null), "$.total")).longValue();
  }

  /** A fresh session (no cookies, no remembered page) signed in as one of the printed demo users. */
  private void signInAs(String username) {
    browser.open(base + "/login");
    browser.driver.manage().deleteAllCookies();
    browser.js("window.localStorage.clear(); window.sessionStorage.clear()");
    browser.open(base + "/login");
    browser.signIn(username, passwords.get(username));
    browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }
}
