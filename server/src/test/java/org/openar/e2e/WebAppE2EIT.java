package org.openar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The bundled web app in a real browser against the real jar: sign-in, language switch, audit log with chain
 * verification, My account, session expiry and sign-out, then a back-office day (customer, receipt and allocation,
 * approval by a second user, password change; see BackOfficeFlows); screenshots of every page in both languages go to
 * target/e2e-screenshots/. The steps build on each other (one browser session), hence the order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppE2EIT {

  private static final By ROWS = By.cssSelector(".server-table tbody tr[data-row-key]");

  private Path out;
  private OpenArProcess server;
  private Browser browser;
  private String base;
  private BackOfficeFlows flows;
  private InvoicingSteps invoicing;

  @BeforeAll
  void start() throws Exception {
    Path jar = OpenArProcess.jarOrSkip("web app");
    out = OpenArProcess.out();
    server = OpenArProcess.start(jar, out);
    base = server.baseUrl();
    browser = new Browser("zh-CN", out.resolve("e2e-screenshots"));
  }


  @AfterAll
  void stop() throws Exception {
    OpenArProcess.stop(browser, server);
  }

  @Test
  @Order(1)
  void aVisitorIsSentToSignInInTheBrowsersLanguage() throws IOException {
    browser.open(base + "/admin/audit?entityType=identity.user");
    browser.waitUrlContains("/login?redirect=");
    browser.waitText(By.cssSelector(".login-card [role=heading]"), "登录");
    assertThat(browser.js("return document.documentElement.lang")).isEqualTo("zh-CN");
    assertThat(browser.driver.getTitle()).contains("登录");
    browser.screenshot("login-zh-CN");
  }

  @Test
  @Order(2)
  void aWrongPasswordIsRefusedWithTheServersTranslatedMessage() {
    browser.signIn("admin", "not-the-password-1");
    WebElement alert = browser.visible(By.cssSelector(".login-card .ant-alert-error"));
    assertThat(alert.getText()).containsPattern("\\p{IsHan}");
    assertThat(browser.driver.getCurrentUrl()).contains("/login");
  }

  @Test
  @Order(3)
  void signingInReturnsToTheIntendedPageInTheUsersOwnLanguage() {
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD);
    browser.waitUrlContains("/admin/audit?entityType=identity.user");
    // admin's remembered language is English, so the app switches from the browser's Chinese
    browser.waitText(By.tagName("h1"), "Audit log");
    assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 0));
  }

  @Test
  @Order(4)
  void theAuditLogListsEntriesAndVerifiesTheChain() throws IOException {
    browser.open(base + "/admin/audit");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 0));
    // the newest entries first: the admin's own creation is among them (modules may have audited their defaults)
    assertThat(browser.driver.findElements(ROWS).stream().map(WebElement::getText).toList())
        .anySatisfy(row -> assertThat(row).contains("identity.user"));
    browser.visible(By.cssSelector("[data-testid=verify-chain]")).click();
    WebElement intact = browser.visible(By.cssSelector("[data-testid=chain-intact]"));
    assertThat(intact.getText()).contains("The audit chain is intact").containsPattern("\\d+ (entry|entries) verified");
    browser.screenshot("audit-log-en");
  }

  @Test
  @Order(5)
  void theLanguageSwitchTranslatesThePageAndIsRememberedForTheUser() throws IOException {
    browser.switchLanguage("简体中文");
    browser.waitText(By.tagName("h1"), "审计日志");
    assertThat(browser.js("return document.documentElement.lang")).isEqualTo("zh-CN");
    // dates in the Chinese form, totals in Chinese
    browser.wait.until(d -> d.findElement(ROWS).getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*"));
    assertThat(browser.visible(By.cssSelector(".ant-pagination-total-text")).getText()).contains("共");
    browser.visible(By.cssSelector("[data-testid=verify-chain]")).click();
    browser.waitText(By.cssSelector("[data-testid=verify-result]"), "审计哈希链完整");
    browser.screenshot("audit-log-zh-CN");

    // forget this browser's choice: the language now comes from the user's profile on the server
    browser.js("window.localStorage.clear()");
    browser.driver.navigate().refresh();
    browser.waitText(By.tagName("h1"), "审计日志");
    browser.waitText(ROWS, "language-changed");
  }

  @Test
  @Order(6)
  void filtersNarrowTheListAndAnEmptyResultOffersToClearThem() {
    WebElement type = browser.visible(By.id("entityType"));
    type.sendKeys("no.such.type", Keys.ENTER);
    browser.waitText(By.cssSelector(".server-table"), "没有符合筛选条件的记录");
    assertThat(browser.driver.getCurrentUrl()).contains("entityType=no.such.type");
    browser.visible(By.xpath("//button[normalize-space(.)='清除筛选']")).click();
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 1));
    assertThat(browser.driver.getCurrentUrl()).doesNotContain("entityType");

    browser.visible(By.id("entityType")).sendKeys("identity.user", Keys.ENTER);
    browser.waitUrlContains("entityType=identity.user");
    // the filtered page replaces the unfiltered one: wait for it, then every row is a user's
    browser.wait.until(d -> {
      try {
        List<WebElement> rows = d.findElements(ROWS);
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains("identity.user"));
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return false;
      }
    });
  }

  @Test
  @Order(7)
  void anEntryExpandsToItsFieldChangesAndRowsMoveWithTheKeyboard() throws IOException {
    browser.open(base + "/admin/audit");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 1));
    List<WebElement> rows = browser.driver.findElements(ROWS);
    rows.get(0).findElement(By.cssSelector("button.ant-table-row-expand-icon")).click();
    WebElement expanded = browser.visible(By.cssSelector("tr.ant-table-expanded-row"));
    assertThat(expanded.getText()).contains("language").contains("zh-CN").contains("修改");
    browser.screenshot("audit-log-entry-zh-CN");

    browser.js("arguments[0].focus()", browser.driver.findElements(ROWS).get(0));
    String first = (String) browser.js("return document.activeElement.getAttribute('data-row-key')");
    new Actions(browser.driver).sendKeys(Keys.ARROW_DOWN).perform(); // to the focused row, as a keyboard user types
    String second = (String) browser.js("return document.activeElement.getAttribute('data-row-key')");
    assertThat(second).isNotNull().isNotEqualTo(first);
  }

  @Test
  @Order(8)
  void myAccountAndTheWorkbenchInBothLanguages() throws IOException {
    browser.visible(By.cssSelector("[data-testid=user-menu]")).click();
    browser.clickMenuItem("我的账户");
    browser.waitText(By.tagName("h1"), "我的账户");
    assertThat(browser.visible(By.cssSelector(".ant-descriptions")).getText()).contains("admin").contains("系统管理员");
    browser.screenshot("account-zh-CN");

    browser.visible(By.xpath("//label[contains(@class,'ant-radio-button-wrapper') and normalize-space(.)='English']")).click();
    browser.waitText(By.tagName("h1"), "My account");
    browser.visible(By.cssSelector(".ant-message-success"));
    browser.screenshot("account-en");

    browser.visible(By.cssSelector("a.app-logo")).click();
    browser.waitText(By.tagName("h1"), "Administrator");
    assertThat(browser.visible(By.cssSelector("main, #main")).getText()).contains("Audit log").contains("Your functions");
    browser.screenshot("home-en");
    browser.switchLanguage("简体中文");
    browser.waitText(By.tagName("h1"), "Administrator");
    browser.waitText(By.id("main"), "常用功能");
    browser.screenshot("home-zh-CN");

    browser.open(base + "/no/such/page");
    browser.waitText(By.id("main"), "页面不存在");
  }

  @Test
  @Order(9)
  void atTabletWidthThePageStaysWithinTheScreen() throws IOException {
    browser.resize(820, 1180);
    try {
      browser.open(base + "/admin/audit");
      browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 0));
      long overflow = (Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth");
      assertThat(overflow).as("horizontal overflow at 820 px").isLessThanOrEqualTo(0);
      browser.screenshot("audit-log-tablet-zh-CN");
    } finally {
      browser.resize(1280, 900);
    }
  }

  @Test
  @Order(10)
  void anExpiredSessionReturnsToSignInAndThenBackToThePage() throws IOException {
    browser.open(base + "/admin/audit?entityType=identity.user");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 0));
    browser.driver.manage().deleteCookieNamed("JSESSIONID"); // what a server-side timeout looks like to the browser
    browser.visible(By.cssSelector(".server-table button[aria-label='刷新']")).click();
    browser.waitUrlContains("/login?redirect=");
    browser.waitText(By.cssSelector(".login-card"), "会话已过期");
    browser.screenshot("login-expired-zh-CN");
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD);
    browser.waitUrlContains("/admin/audit?entityType=identity.user");
    browser.waitText(By.tagName("h1"), "审计日志");
  }

  @Test
  @Order(11)
  void signingOutEndsTheSession() throws IOException {
    browser.visible(By.cssSelector("[data-testid=user-menu]")).click();
    browser.clickMenuItem("退出登录");
    browser.waitUrlContains("/login");
    browser.open(base + "/admin/audit");
    browser.waitUrlContains("/login?redirect=");
    browser.switchLanguage("English");
    browser.waitText(By.cssSelector(".login-card [role=heading]"), "Sign in");
    browser.screenshot("login-en");
  }

  @Test
  @Order(12)
  void aCustomerIsCreatedWithTheServersTaxIdCheckOnTheField() throws Exception {
    flows = new BackOfficeFlows(browser, base);
    flows.setUp();
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD); // English: chosen on the sign-in page just before
    browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
    flows.createCustomer();
  }

  @Test
  @Order(13)
  void aReceiptIsRecordedAndAllocatedOldestFirstWithItsDiscount() throws Exception {
    flows.recordAndAllocateAReceipt();
  }

  @Test
  @Order(14)
  void aSecondUserApprovesTheCreditLimitInTheInboxAndChangesItsPassword() throws Exception {
    flows.approveACreditLimitAsASecondUser(() -> {
      browser.visible(By.cssSelector("[data-testid=user-menu]")).click();
      browser.clickMenuItem("Sign out");
      browser.waitUrlContains("/login");
    }, (user, password) -> {
      browser.open(base + "/login");
      browser.signIn(user, password);
      browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
    });
    flows.changePassword();
  }

  @Test
  @Order(15)
  void theNewPagesSpeakChinese() throws Exception {
    flows.checkerPagesInChinese(() -> browser.switchLanguage("简体中文"));
    browser.visible(By.cssSelector("[data-testid=user-menu]")).click();
    browser.clickMenuItem("退出登录");
    browser.waitUrlContains("/login");
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD);
    browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
    flows.adminPagesInChinese(() -> browser.switchLanguage("简体中文"));
  }

  @Test
  @Order(16)
  void aClerkMakesAnInvoiceInTheFormIssuesItAndFindsItInTheList() throws IOException {
    browser.driver.manage().deleteAllCookies(); // a fresh session, whoever the steps before left signed in
    browser.open(base + "/login");
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD);
    browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
    browser.switchLanguage("English");
    invoicing = new InvoicingSteps(browser, base);
    invoicing.createCustomer();
    invoicing.createAndIssueInvoice();
    invoicing.findItInTheList();
  }

  @Test
  @Order(17)
  void theInvoicePagesSpeakChineseAndAnInvoiceIsCreditedFromItsDetailPage() throws IOException {
    Assumptions.assumeTrue(invoicing != null && invoicing.invoiceNumber != null, "no invoice from the step before");
    browser.switchLanguage("简体中文");
    invoicing.chineseListDetailAndCreditNote();
    invoicing.theNewFormInChineseAndTheCreditNoteList();
  }

  /** Cold (empty cache) and warm loads of the sign-in page, timed by Navigation Timing and the app's ready mark. */
  @Test
  @Order(20)
  void firstPageLoadIsWithinTwoSeconds() throws IOException {
    List<Map<String, Object>> cold = new ArrayList<>();
    List<Map<String, Object>> warm = new ArrayList<>();
    try (Browser fresh = new Browser("en", out.resolve("e2e-screenshots"))) {
      for (int i = 0; i < 6; i++) {
        fresh.clearBrowserCache();
        fresh.driver.manage().deleteAllCookies();
        cold.add(measure(fresh));
      }
      for (int i = 0; i < 5; i++) {
        warm.add(measure(fresh));
      }
    }
    cold.remove(0); // the very first start of the renderer is not a page load
    double coldReady = median(cold, "ready");
    double warmReady = median(warm, "ready");
    String json = "{\n  \"cold\": " + toJson(cold) + ",\n  \"warm\": " + toJson(warm) + ",\n  \"coldReadyMedianMs\": "
        + coldReady + ",\n  \"warmReadyMedianMs\": " + warmReady + "\n}\n";
    Files.writeString(out.resolve("e2e-page-load.json"), json);
    System.out.printf("e2e: first page load (sign-in page, localhost): cold median %.0f ms to ready, %.0f ms to load event;"
            + " warm median %.0f ms; initial transfer %.1f KB (cold)%n", coldReady, median(cold, "load"), warmReady,
        median(cold, "transferKB"));
    assertThat(coldReady).as("median cold first load to a usable page, ms").isLessThanOrEqualTo(2000);
  }

  private Map<String, Object> measure(Browser b) {
    b.open(base + "/login");
    b.wait.until(d -> (Boolean) b.js("return performance.getEntriesByName('openar:ready').length > 0"));
    b.wait.until(d -> (Boolean) b.js("return performance.getEntriesByType('navigation')[0].loadEventEnd > 0"));
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) b.js("""
        const n = performance.getEntriesByType('navigation')[0];
        const r = performance.getEntriesByType('resource');
        const bytes = r.reduce((s, e) => s + (e.transferSize || 0), n.transferSize || 0);
        return { ttfb: n.responseStart, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                 ready: performance.getEntriesByName('openar:ready')[0].startTime, requests: r.length + 1,
                 transferKB: Math.round(bytes / 102.4) / 10 };""");
    return m;
  }

  private static double median(List<Map<String, Object>> runs, String key) {
    List<Double> v = new ArrayList<>(runs.stream().map(m -> ((Number) m.get(key)).doubleValue()).toList());
    Collections.sort(v);
    return v.get(v.size() / 2);
  }

  private static String toJson(List<Map<String, Object>> runs) {
    return runs.stream().map(m -> m.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\": " + Math.round(((Number) e.getValue()).doubleValue() * 10) / 10.0)
            .reduce((a, b2) -> a + ", " + b2).map(s -> "{" + s + "}").orElse("{}"))
        .reduce((a, b2) -> a + ", " + b2).map(s -> "[" + s + "]").orElse("[]");
  }
}
