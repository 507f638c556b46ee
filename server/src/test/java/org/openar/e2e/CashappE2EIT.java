package org.openar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openar.cashapp.Camt053;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Cash application in a real browser against the real jar: a camt.053 generated here is uploaded, the summary shows
 * what was posted automatically, the statement list its auto-match rate, and a queued line is resolved with the
 * keyboard on the reconciliation screen. Screenshots in both languages go to target/e2e-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CashappE2EIT {

  private static final By LINES = By.cssSelector("[data-testid=line-list] [role=option]");

  private OpenArProcess server;
  private Browser browser;
  private String base;
  private Path statement;

  @BeforeAll
  void start() throws Exception {
    Path jar = OpenArProcess.jarOrSkip("cash application");
    Path out = OpenArProcess.out();
    server = OpenArProcess.start(jar, out);
    base = server.baseUrl();
    statement = out.resolve("e2e-camt053-" + UUID.randomUUID() + ".xml");
    Files.write(statement, seed(ApiSession.signIn(base, "admin", OpenArProcess.ADMIN_PASSWORD)));
    browser = new Browser("en", out.resolve("e2e-screenshots"));
  }

  /** A company, two customers paying from known IBANs, four invoices, the house account; the statement to upload. */
  private static byte[] seed(ApiSession api) throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String company = id(api, "/api/v1/companies", """
        {"code":"CASH","name":"上海示例科技有限公司","nameEn":"Shanghai Example Tech","baseCurrency":"CNY",
         "timeZone":"Asia/Shanghai"}""");
    String house = Camt053.iban(1234567890L);
    api.call("POST", "/api/v1/cashapp/bank-accounts", """
        {"companyId":"%s","accountNumber":"%s","name":"招商银行 基本户","bankName":"China Merchants Bank",
         "currency":"CNY"}""".formatted(company, house));
    String summitIban = Camt053.iban(2000000001L);
    String summit = customer(api, company, "SUMMIT", "上海顶峰贸易有限公司", "Shanghai Summit Trading Co., Ltd.", summitIban);
    String dawn = customer(api, company, "DAWN", "杭州晨曦电子有限公司", "Hangzhou Dawn Electronics Co., Ltd.",
        Camt053.iban(2000000002L));
    invoice(api, summit, "INV-2026-1001", "12800.00", today.minusDays(25));
    invoice(api, summit, "INV-2026-1002", "5600.00", today.minusDays(20));
    invoice(api, dawn, "INV-2026-2001", "3450.00", today.minusDays(15));
    invoice(api, dawn, "INV-2026-2002", "990.00", today.minusDays(10));
    return new Camt053(house, "CNY", "E2E-" + today, today, new BigDecimal("50000.00"))
        .credit("CMB-0001", "12800.00", "SHANGHAI SUMMIT TRADING", summitIban, "PAYMENT INV-2026-1001")
        .credit("CMB-0002", "3450.00", "Hangzhou Dawn Electronics", Camt053.iban(2000000002L), "INV2026 2001")
        .credit("CMB-0003", "5600.00", "SUMMIT GROUP TREASURY", null, "TRANSFER")
        .credit("CMB-0004", "777.00", "UNKNOWN SENDER LTD", null, "REFUND")
        .bytes();
  }

  private static String customer(ApiSession api, String company, String code, String zh, String en, String iban)
      throws Exception {
    return id(api, "/api/v1/customers", """
        {"companyId":"%s","code":"%s","nameZh":"%s","nameEn":"%s","country":"CN",
         "bankAccounts":[{"accountNumber":"%s"}]}""".formatted(company, code, zh, en, iban));
  }

  private static void invoice(ApiSession api, String customer, String number, String amount, LocalDate date)
      throws Exception {
    api.call("POST", "/api/v1/ledger/items", """
        {"type":"INVOICE","customerId":"%s","documentNumber":"%s","amount":{"amount":"%s","currency":"CNY"},
         "documentDate":"%s","dueDate":"%s"}""".formatted(customer, number, amount, date, date.plusDays(30)));
  }

  private static String id(ApiSession api, String path, String json) throws Exception {
    return api.call("POST", path, json).get("id").asString();
  }

  @AfterAll
  void stop() throws Exception {
    OpenArProcess.stop(browser, server);
    if (statement != null) {
      Files.deleteIfExists(statement);
    }
  }

  @Test
  @Order(1)
  void anUploadedStatementIsMatchedAndTheSummarySaysWhatWasPosted() throws Exception {
    browser.open(base + "/cash/statements");
    browser.waitUrlContains("/login");
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD);
    browser.waitText(By.tagName("h1"), "Bank statements");
    browser.visible(By.cssSelector("[data-testid=open-upload]")).click();
    org.openqa.selenium.WebElement input = browser.driver.findElement(By.cssSelector(".ant-modal input[type=file]"));
    browser.js("arguments[0].style.display = 'block'", input); // antd hides the real input behind the drop zone
    input.sendKeys(statement.toString());
    browser.visible(By.xpath("//div[contains(@class,'ant-modal')]//button[normalize-space(.)='Import']")).click();
    browser.waitText(By.cssSelector("[data-testid=import-summary]"), "2 posted automatically");
    assertThat(browser.visible(By.cssSelector("[data-testid=import-summary]")).getText())
        .contains("2 waiting in the queue");
    browser.screenshot("cash-upload-en");
    browser.driver.findElement(By.cssSelector(".ant-modal-close")).click();
    browser.waitText(By.cssSelector(".server-table"), "50.0%");
    browser.screenshot("cash-statements-en");
  }

  @Test
  @Order(2)
  void aQueuedLineIsResolvedWithTheKeyboard() throws Exception {
    browser.visible(By.linkText("Reconcile")).click();
    browser.waitText(By.tagName("h1"), "Reconciliation");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(LINES, 2));
    browser.visible(By.cssSelector("[data-testid=line-panel]"));
    String first = selectedLine();
    new Actions(browser.driver).sendKeys("j").perform();
    browser.wait.until(d -> !first.equals(selectedLine()));
    new Actions(browser.driver).sendKeys("k").perform();
    browser.wait.until(d -> first.equals(selectedLine()));
    String suggested = lineWith("5,600.00");
    while (!suggested.equals(selectedLine())) {
      new Actions(browser.driver).sendKeys("j").perform();
    }
    browser.visible(By.cssSelector("[data-testid=suggestion-0]"));
    browser.waitText(By.cssSelector("[data-testid=suggestion-0]"), "INV-2026-1002");
    browser.screenshot("cash-reconcile-en");
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(LINES, 1));
    assertThat(browser.driver.findElement(LINES).getText()).contains("777.00");
  }

  @Test
  @Order(3)
  void theScreensInChinese() throws Exception {
    browser.switchLanguage("简体中文");
    browser.waitText(By.tagName("h1"), "收款核销");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(LINES, 1));
    browser.waitText(By.cssSelector("[data-testid=line-panel]"), "匹配引擎未找到");
    browser.screenshot("cash-reconcile-zh-CN");
    browser.visible(By.xpath("//label[contains(@class,'ant-segmented-item') and normalize-space(.)='已处理']")).click();
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(LINES, 3));
    browser.waitText(By.cssSelector("[data-testid=line-panel]"), "收款单");
    browser.screenshot("cash-reconcile-done-zh-CN");
    browser.open(base + "/cash/statements");
    browser.waitText(By.tagName("h1"), "银行对账单");
    browser.waitText(By.cssSelector(".server-table"), "自动过账");
    browser.screenshot("cash-statements-zh-CN");
  }

  private String selectedLine() {
    return (String) browser.js("const s = document.querySelector('[role=option][aria-selected=true]');"
        + " return s ? s.getAttribute('data-line-id') : '';");
  }

  private String lineWith(String amount) {
    return (String) browser.js("return [...document.querySelectorAll('[role=option]')]"
        + ".find(e => e.textContent.includes(arguments[0])).getAttribute('data-line-id');", amount);
  }
}
