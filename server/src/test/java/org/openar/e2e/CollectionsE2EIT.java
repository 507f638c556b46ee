package org.openar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * The collections (催收) screens in a real browser against the real jar, on customers seeded through the REST API: a
 * strategy step edited and saved as a new version, a template edited with its live preview in both languages and an
 * unknown variable rejected on its field, a dry run for a date showing who gets what, a real run in the history, a call
 * and a promise logged from the worklist, items placed with an agency; screenshots of each page in English and Chinese
 * under target/e2e-screenshots/collections-*.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectionsE2EIT {

  private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

  private OpenArProcess server;
  private Browser browser;
  private String base;
  private String huaxin;
  private String atlas;
  private String collector;

  @BeforeAll
  void start() throws Exception {
    Path jar = OpenArProcess.jarOrSkip("collections");
    Path out = OpenArProcess.out();
    // the scheduled daily run (07:00 Shanghai by default) would dun the seeded customers before the test runs dunning
    server = OpenArProcess.start(jar, out.resolve("e2e-collections"),
        java.util.Map.of("OPENAR_COLLECTIONS_DAILYRUNAT", "23:59:59"));
    base = server.baseUrl();
    seed(E2eApi.signIn(base, "admin", OpenArProcess.ADMIN_PASSWORD), LocalDate.now(SHANGHAI));
    browser = new Browser("en", out.resolve("e2e-screenshots"));
  }

  @AfterAll
  void stop() throws Exception {
    OpenArProcess.stop(browser, server);
  }

  /** Two tier-B customers with overdue invoices (the shipped standard strategy applies), a collector, an agency. */
  private void seed(E2eApi api, LocalDate today) throws Exception {
    String company = api.id("POST", "/api/v1/companies", """
        {"code":"COL","name":"上海催收示例有限公司","nameEn":"Shanghai Collections Example Co","baseCurrency":"CNY",
         "timeZone":"Asia/Shanghai"}""");
    huaxin = customer(api, company, "HX100", "华信贸易有限公司", "Huaxin Trading Co", "li.lei@huaxin.example.cn");
    atlas = customer(api, company, "AT200", "阿特拉斯食品有限公司", "Atlas Foods Ltd", "han.mei@atlas.example.cn");
    invoice(api, huaxin, "INV-7001", "12000.00", today.minusDays(50), today.minusDays(20));
    invoice(api, huaxin, "INV-7002", "3400.00", today.minusDays(35), today.minusDays(5));
    invoice(api, atlas, "INV-8001", "56000.00", today.minusDays(120), today.minusDays(90));
    collector = api.id("POST", "/api/v1/users", """
        {"username":"wang.fang","displayName":"Wang Fang (collector)","password":"E2e-Collector-Passw0rd!",
         "roles":["COLLECTOR"],"language":"zh-CN"}""");
    for (String c : List.of(huaxin, atlas)) {
      Number version = JsonPath.read(api.send("GET", "/api/v1/collections/customers/" + c + "/profile", null), "$.version");
      api.send("PUT", "/api/v1/collections/customers/" + c + "/profile",
          "{\"version\":%d,\"collectorId\":\"%s\"}".formatted(version.longValue(), collector));
    }
    api.send("POST", "/api/v1/collections/agencies",
        "{\"name\":\"华东信用管理有限公司\",\"kind\":\"AGENCY\",\"commissionPercent\":\"18\",\"email\":\"cases@east.example.cn\"}");
  }

  private static String customer(E2eApi api, String company, String code, String zh, String en, String email)
      throws Exception {
    return api.id("POST", "/api/v1/customers", """
        {"companyId":"%s","code":"%s","nameZh":"%s","nameEn":"%s","tier":"B",
         "contacts":[{"name":"李雷","email":"%s","language":"zh-CN","role":"BILLING","primary":true}]}"""
        .formatted(company, code, zh, en, email));
  }

  private static void invoice(E2eApi api, String customer, String number, String amount, LocalDate date, LocalDate due)
      throws Exception {
    api.send("POST", "/api/v1/ledger/items", """
        {"type":"INVOICE","customerId":"%s","documentNumber":"%s","amount":{"amount":"%s","currency":"CNY"},
         "documentDate":"%s","dueDate":"%s"}""".formatted(customer, number, amount, date, due));
  }

  @Test
  @Order(1)
  void editsAStrategyStepAndSavesANewVersion() throws Exception {
    browser.open(base + "/collections/strategies");
    signIn();
    browser.waitText(By.tagName("h1"), "Dunning strategies");
    browser.waitText(By.id("main"), "Standard / 标准催收");
    browser.screenshot("collections-strategies-en");
    browser.visible(By.linkText("Standard / 标准催收")).click();
    browser.waitText(By.tagName("h1"), "Strategy: Standard / 标准催收");
    WebElement offset = browser.visible(By.id("steps_1_offsetDays"));
    assertThat(offset.getAttribute("value")).isEqualTo("3");
    type(offset, "4");
    type(browser.visible(By.id("comment")), "First reminder one day later");
    click("Save as new version");
    browser.waitText(By.cssSelector(".ant-message"), "Saved as version 2.");
    browser.waitText(By.cssSelector("[data-testid=strategy-versions]"), "First reminder one day later");
    assertThat(browser.visible(By.cssSelector("[data-testid=strategy-versions]")).getText()).contains("v2").contains("v1");
    assertThat(browser.visible(By.cssSelector("[data-testid=step-1]")).getText()).contains("4 days after the due date");
    browser.screenshot("collections-strategy-en");
  }

  @Test
  @Order(2)
  void editsATemplateWithItsPreviewInBothLanguagesAndAnUnknownVariableRejected() throws Exception {
    browser.open(base + "/collections/templates");
    browser.waitText(By.tagName("h1"), "Message templates");
    browser.visible(By.linkText("collections.dunning.first")).click();
    browser.waitText(By.tagName("h1"), "Template: collections.dunning.first");
    browser.waitText(By.cssSelector("[data-testid=preview-en-subject]"), "Payment reminder: overdue invoices for 上海示例贸易有限公司");
    browser.waitText(By.cssSelector("[data-testid=preview-zh-CN-subject]"), "付款提醒：上海示例贸易有限公司 有款项已逾期");

    browser.visible(By.xpath("//div[@role='tab' and normalize-space(.)='English']")).click();
    WebElement subject = browser.visible(By.id("texts_en_emailSubject"));
    type(subject, "Overdue invoices of {{customer.name}} ({{customer.vatNumber}})");
    browser.waitText(By.cssSelector("[data-testid=template-preview]"), "'customer.vatNumber' at line 1");
    click("Save as new version");
    By subjectItem = By.xpath("//input[@id='texts_en_emailSubject']"
        + "/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-form-item ')][1]");
    browser.wait.until(ExpectedConditions.attributeContains(subjectItem, "class", "ant-form-item-has-error"));
    // the message fades in after the error class is set
    browser.waitText(subjectItem, "is not a variable of this template");
    browser.screenshot("collections-template-rejected-en");

    type(subject, "Overdue invoices of {{customer.name}}");
    browser.waitText(By.cssSelector("[data-testid=preview-en-subject]"), "Overdue invoices of 上海示例贸易有限公司");
    click("Save as new version");
    browser.waitText(By.cssSelector(".ant-message"), "Saved as version 2.");
    browser.screenshot("collections-template-en");
  }

  @Test
  @Order(3)
  void aDryRunShowsWhoGetsWhatAndARealRunIsInTheHistory() throws Exception {
    browser.open(base + "/collections/runs");
    browser.waitText(By.tagName("h1"), "Dunning runs");
    browser.waitText(By.cssSelector("[data-testid=run-history]"), "No runs yet");
    WebElement date = browser.visible(By.id("run-as-of"));
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    date.sendKeys(LocalDate.now(SHANGHAI).toString(), Keys.ENTER);
    click("Preview (dry run)");
    By result = By.cssSelector("[data-testid=dry-run-result]");
    browser.waitText(result, "HX100 · 华信贸易有限公司");
    String text = browser.visible(result).getText();
    assertThat(text).contains("INV-7001").contains("li.lei@huaxin.example.cn").contains("AT200 · 阿特拉斯食品有限公司")
        .contains("INV-8001");
    browser.screenshot("collections-dry-run-en");

    click("Run now");
    browser.visible(By.xpath("//div[@role='dialog']//button[normalize-space(.)='Run now']")).click();
    browser.waitText(By.cssSelector(".ant-message"), "Run finished");
    By history = By.cssSelector("[data-testid=run-history] tbody tr[data-row-key]");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(history, 2));
    assertThat(browser.driver.findElements(history).get(0).getText()).contains("Manual").doesNotContain("Dry run");
    assertThat(browser.driver.findElements(history).get(1).getText()).contains("Dry run");
    browser.screenshot("collections-runs-en");
    browser.driver.findElements(history).get(0).findElement(By.tagName("a")).click();
    browser.waitText(By.tagName("h1"), "Dunning run as of");
    browser.waitText(By.cssSelector("[data-testid=decisions]"), "华信贸易有限公司");
    assertThat(browser.visible(By.id("main")).getText()).contains("Messages were queued");
    browser.screenshot("collections-run-en");
  }

  @Test
  @Order(4)
  void logsACallAndAPromiseFromTheWorklist() throws Exception {
    browser.open(base + "/collections/worklist?collector=" + collector);
    browser.waitText(By.tagName("h1"), "Worklist");
    browser.waitText(By.cssSelector("[data-testid=worklist]"), "华信贸易有限公司");
    assertThat(browser.visible(By.cssSelector("[data-testid=worklist]")).getText()).contains("阿特拉斯食品有限公司")
        .contains("Amount").contains("Days");
    browser.screenshot("collections-worklist-en");

    browser.visible(By.cssSelector("button[aria-label='Log a call with 华信贸易有限公司']")).click();
    select("outcome", "Promised to pay");
    type(browser.visible(By.id("note")), "Finance manager confirmed payment next week");
    modalButton("Save");
    browser.waitText(By.cssSelector(".ant-message"), "Activity logged.");
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[role=dialog]")));

    browser.visible(By.cssSelector("button[aria-label='Record a promise to pay of 华信贸易有限公司']")).click();
    type(browser.visible(By.id("amount")), "12000");
    WebElement date = browser.visible(By.id("promisedDate"));
    date.sendKeys(LocalDate.now(SHANGHAI).plusDays(7).toString(), Keys.ENTER);
    modalButton("Record promise");
    browser.waitText(By.cssSelector(".ant-message"), "Promise recorded.");

    browser.visible(By.linkText("华信贸易有限公司")).click();
    browser.waitText(By.tagName("h1"), "Collections: Huaxin Trading Co");
    browser.waitText(By.cssSelector("[data-testid=collections-timeline]"), "Call · Promised to pay");
    assertThat(browser.visible(By.cssSelector("[data-testid=collections-timeline]")).getText())
        .contains("Finance manager confirmed payment next week").contains("Promise to pay: Open").contains("12000.00 CNY");
    browser.screenshot("collections-customer-en");
    browser.visible(By.xpath("//div[@role='tab' and normalize-space(.)='Promises']")).click();
    browser.waitText(By.cssSelector("[data-testid=promises]"), "12,000.00");
    assertThat(browser.visible(By.cssSelector("[data-testid=promises]")).getText()).contains("Open").contains("Phone");
  }

  @Test
  @Order(5)
  void placesAnItemWithAnAgency() throws Exception {
    browser.open(base + "/collections/customers/" + atlas);
    browser.waitText(By.tagName("h1"), "Collections: Atlas Foods Ltd");
    click("Place with agency");
    select("agencyId", "华东信用管理有限公司 · Agency · 18");
    modalButton("Place items");
    browser.waitText(By.cssSelector(".ant-message"), "Items placed.");
    browser.visible(By.xpath("//div[@role='tab' and normalize-space(.)='Placements']")).click();
    browser.waitText(By.cssSelector("[data-testid=placements]"), "华东信用管理有限公司");
    assertThat(browser.visible(By.cssSelector("[data-testid=placements]")).getText()).contains("INV-8001")
        .contains("56,000.00").contains("18.00%").contains("Active");
    browser.screenshot("collections-customer-placed-en");

    browser.open(base + "/collections/placements");
    browser.waitText(By.tagName("h1"), "Placements");
    browser.waitText(By.cssSelector("[data-testid=placements]"), "INV-8001");
    browser.screenshot("collections-placements-en");
  }

  @Test
  @Order(6)
  void everyPageInChinese() throws Exception {
    browser.switchLanguage("简体中文");
    browser.waitText(By.tagName("h1"), "委外催收");
    browser.waitText(By.cssSelector("[data-testid=placements]"), "委托中");
    browser.screenshot("collections-placements-zh-CN");
    assertThat(browser.visible(By.tagName("nav")).getText()).contains("催收").contains("工作清单");

    browser.open(base + "/collections/worklist?collector=" + collector);
    browser.waitText(By.tagName("h1"), "工作清单");
    browser.waitText(By.cssSelector("[data-testid=worklist]"), "华信贸易有限公司");
    browser.screenshot("collections-worklist-zh-CN");

    browser.open(base + "/collections/customers/" + huaxin);
    browser.waitText(By.tagName("h1"), "催收：华信贸易有限公司");
    browser.waitText(By.cssSelector("[data-testid=collections-timeline]"), "电话 · 承诺付款");
    browser.screenshot("collections-customer-zh-CN");

    browser.open(base + "/collections/runs");
    browser.waitText(By.tagName("h1"), "催收运行");
    browser.waitText(By.cssSelector("[data-testid=run-history]"), "试运行");
    browser.screenshot("collections-runs-zh-CN");
    browser.driver.findElements(By.cssSelector("[data-testid=run-history] tbody tr[data-row-key] a")).get(0).click();
    browser.waitText(By.cssSelector("[data-testid=decisions]"), "华信贸易有限公司");
    browser.screenshot("collections-run-zh-CN");

    browser.open(base + "/collections/strategies");
    browser.waitText(By.tagName("h1"), "催收策略");
    browser.visible(By.linkText("Standard / 标准催收")).click();
    browser.waitText(By.cssSelector("[data-testid=step-1]"), "逾期 4 天");
    browser.screenshot("collections-strategy-zh-CN");

    browser.open(base + "/collections/templates/collections.dunning.first/edit"); // a reload works
    browser.waitText(By.tagName("h1"), "模板：collections.dunning.first");
    browser.waitText(By.cssSelector("[data-testid=preview-en-subject]"), "Overdue invoices of 上海示例贸易有限公司");
    browser.waitText(By.cssSelector("[data-testid=preview-zh-CN-subject]"), "付款提醒：上海示例贸易有限公司");
    browser.screenshot("collections-template-zh-CN");

    browser.resize(820, 1100);
    browser.open(base + "/collections/worklist?collector=" + collector);
    browser.waitText(By.cssSelector("[data-testid=worklist]"), "华信贸易有限公司");
    browser.screenshot("collections-worklist-tablet-zh-CN");
    browser.resize(1280, 900);
  }

  private void signIn() {
    browser.waitUrlContains("/login");
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD);
    browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private void type(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  private void click(String buttonText) {
    browser.wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='" + buttonText + "']"))).click();
  }

  private void modalButton(String text) {
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[@role='dialog']//button[normalize-space(.)='" + text + "']"))).click();
  }

  /** Opens an antd Select by its input's id and picks the option whose label starts with that text. */
  private void select(String id, String option) {
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//input[@id='" + id + "']/ancestor::div[contains(@class,'ant-select')][1]"))).click();
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'ant-select-item-option') and starts-with(@title,'" + option + "')]"))).click();
  }
}
