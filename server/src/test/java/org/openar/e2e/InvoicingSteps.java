package org.openar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The invoicing pages in the browser, as steps of {@link WebAppE2EIT}'s session: a customer (through the API, signed
 * in as the browser is), an invoice made in the form with a refused line fixed on its field, issued, found in the
 * list, seen in both languages, credited from its detail page, its PDF downloaded.
 */
final class InvoicingSteps {

  private static final By ROWS = By.cssSelector(".server-table tbody tr[data-row-key]");

  private final Browser browser;
  private final String base;
  private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  String customerCode;
  String invoiceNumber;
  String invoiceUrl;

  InvoicingSteps(Browser browser, String base) {
    this.browser = browser;
    this.base = base;
  }

  /** A company and a customer through the API with the browser's own session and CSRF token. */
  void createCustomer() {
    customerCode = "E2E-" + tag;
    Map<String, Object> company = api("POST", "/api/v1/companies", """
        {"code":"E2E%s","name":"上海示例贸易有限公司","nameEn":"Shanghai Example Trading Co., Ltd.",
         "baseCurrency":"CNY","timeZone":"Asia/Shanghai"}""".formatted(tag));
    assertThat(company).containsKey("id");
    Map<String, Object> customer = api("POST", "/api/v1/customers", """
        {"companyId":"%s","code":"%s","nameZh":"北京华联电子有限公司","nameEn":"Beijing Hualian Electronics Co., Ltd.",
         "paymentTerms":"2/10,NET30"}""".formatted(company.get("id"), customerCode));
    assertThat(customer).containsEntry("code", customerCode);
  }

  /** The form: customer, two lines (the second refused on its quantity, then fixed), three installments, issue. */
  void createAndIssueInvoice() throws IOException {
    browser.open(base + "/invoices/new");
    browser.waitText(By.tagName("h1"), "New invoice");
    pickCustomer();
    type("Line 1 Description", "Industrial sensor");
    type("Line 1 Quantity", "12");
    type("Line 1 Unit price", "368.50");
    // the customer's terms come back with the first preview
    browser.waitText(By.cssSelector("[data-testid=invoice-preview]"), "2/10,NET30");
    browser.visible(By.cssSelector("[data-testid=add-line]")).click();
    wait(d -> d.switchTo().activeElement().getAttribute("id").equals("lines_1_description"));
    browser.driver.switchTo().activeElement().sendKeys("Installation service");
    type("Line 2 Quantity", "0");
    type("Line 2 Unit price", "1500");
    type("Line 2 Tax rate %", "6");
    browser.visible(By.xpath("//label[contains(@class,'ant-radio-button-wrapper') and normalize-space(.)='In equal installments']")).click();
    WebElement count = browser.visible(By.id("schedule_count"));
    count.sendKeys("3");
    browser.visible(By.cssSelector("[data-testid=save-draft]")).click();
    WebElement quantity = field("Line 2 Quantity");
    // the form item itself, not one of its inner ant-form-item-control-* divs (they hold no message)
    By formItem = By.xpath("ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-form-item ')][1]");
    wait(d -> quantity.findElement(formItem).getText()
        .contains("must be greater than zero"));
    browser.screenshot("invoice-form-error-en");
    clearAndType("Line 2 Quantity", "1");
    browser.waitText(By.cssSelector("[data-testid=preview-gross]"), "6,586.86");
    browser.waitText(By.cssSelector("[data-testid=invoice-preview]"), "2,195.62");
    browser.screenshot("invoice-form-en");
    browser.visible(By.cssSelector("[data-testid=save-and-issue]")).click();
    browser.waitText(By.cssSelector("[data-testid=invoice-title]"), "INV-");
    invoiceNumber = browser.visible(By.cssSelector("[data-testid=invoice-title]")).getText().replace("Invoice ", "");
    invoiceUrl = browser.driver.getCurrentUrl();
    assertThat(invoiceNumber).matches("INV-\\d{4}-000001");
    browser.waitText(By.cssSelector("[data-testid=installments]"), "2,195.62");
    browser.waitText(By.cssSelector("[data-testid=document-history]"), "Issued");
    browser.screenshot("invoice-detail-en");
  }

  void findItInTheList() throws IOException {
    browser.open(base + "/invoices");
    browser.waitText(By.tagName("h1"), "Invoices");
    browser.visible(By.id("q")).sendKeys(invoiceNumber, Keys.ENTER);
    browser.waitUrlContains("q=" + invoiceNumber);
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(ROWS, 1));
    String row = browser.driver.findElement(ROWS).getText();
    assertThat(row).contains(invoiceNumber, customerCode, "6,586.86", "Issued", "Open");
    browser.screenshot("invoice-list-en");
  }

  /** The same pages in Chinese, then a credit note of one sensor from the detail page. */
  void chineseListDetailAndCreditNote() throws IOException {
    browser.open(base + "/invoices?q=" + invoiceNumber);
    browser.waitText(By.tagName("h1"), "发票");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(ROWS, 1));
    assertThat(browser.driver.findElement(ROWS).getText()).contains("已开具", "未结清", "北京华联电子有限公司");
    browser.screenshot("invoice-list-zh-CN");
    browser.open(invoiceUrl);
    browser.waitText(By.cssSelector("[data-testid=invoice-title]"), "发票 " + invoiceNumber);
    browser.waitText(By.cssSelector("[data-testid=invoice-totals]"), "价税合计");
    browser.screenshot("invoice-detail-zh-CN");
    assertThat(pdfSize("/api/v1" + invoiceUrl.substring(invoiceUrl.indexOf("/invoices/")) + "/pdf?lang=zh-CN")).isGreaterThan(10_000);
    browser.visible(By.cssSelector("[data-testid=create-credit-note]")).click();
    type("第 1 行 冲红数量", "1");
    browser.visible(By.id("reason")).sendKeys("一台传感器损坏 damaged in transit");
    browser.waitText(By.cssSelector("[data-testid=credit-preview]"), "416.41");
    browser.screenshot("credit-note-dialog-zh-CN");
    browser.visible(By.id("credit-submit")).click();
    browser.waitText(By.cssSelector("[data-testid=credit-note-title]"), "贷项通知单 CN-");
    browser.waitText(By.id("main"), invoiceNumber);
    browser.screenshot("credit-note-zh-CN");
  }

  void theNewFormInChineseAndTheCreditNoteList() throws IOException {
    browser.open(base + "/invoices/new");
    browser.waitText(By.tagName("h1"), "新建发票");
    browser.screenshot("invoice-form-zh-CN");
    browser.open(base + "/credit-notes");
    browser.waitText(By.tagName("h1"), "贷项通知单");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 0));
    assertThat(browser.driver.findElement(ROWS).getText()).contains(invoiceNumber, "按明细冲红");
    browser.screenshot("credit-notes-zh-CN");
  }

  private void pickCustomer() {
    WebElement input = browser.visible(By.id("customerId"));
    input.click();
    input.sendKeys(customerCode);
    By option = By.xpath("//div[contains(@class,'ant-select-item-option') and contains(normalize-space(.),'" + customerCode + "')]");
    browser.wait.until(ExpectedConditions.elementToBeClickable(option)).click();
  }

  private WebElement field(String label) {
    return browser.visible(By.cssSelector("[aria-label='" + label + "']"));
  }

  private void type(String label, String text) {
    WebElement f = field(label);
    f.click();
    f.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  private void clearAndType(String label, String text) {
    type(label, text);
  }

  /** Waits for the condition; on a timeout the screen goes to e2e-screenshots/invoicing-failure.png first. */
  private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
    try {
      browser.wait.until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      try {
        browser.screenshot("invoicing-failure");
      } catch (IOException | RuntimeException ignored) {
        // the timeout is what matters
      }
      throw e;
    }
  }

  /** The size of a PDF fetched with the browser's session, after checking it is one. */
  private long pdfSize(String path) {
    Object size = browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
          .then(r => r.headers.get('content-type') === 'application/pdf' ? r.arrayBuffer() : Promise.reject(r.status))
          .then(b => done(b.byteLength), e => done(-1));""", path);
    return ((Number) size).longValue();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> api(String method, String path, String json) {
    return (Map<String, Object>) browser.driver.executeAsyncScript("""
        const [method, path, body, done] = arguments;
        const xsrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='))?.split('=')[1];
        fetch(path, {method, body, credentials: 'same-origin', headers: {'Content-Type': 'application/json',
            'Accept': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(xsrf || '')}})
          .then(r => r.json()).then(done, e => done({error: String(e)}));""", method, path, json);
  }
}
