package org.openar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The clerk's and the checker's day in the browser: a customer created through its form (the server's tax-id check on
 * the field), a receipt recorded and allocated oldest-first with its discount, a credit limit approved in the inbox by
 * a second user, a password changed, and the new pages in both languages. Test data the UI does not create (company,
 * users, invoices) goes through the API, as an integration would.
 */
final class BackOfficeFlows {

  static final String CHECKER = "e2e.credit";
  static final String CHECKER_PASSWORD = "E2e-Credit-Passw0rd1";
  static final String MAKER = "e2e.clerk";
  static final String MAKER_PASSWORD = "E2e-Clerk-Passw0rd1";
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final Browser browser;
  private final String base;
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private ApiSession admin;
  String customerId;

  BackOfficeFlows(Browser browser, String base) {
    this.browser = browser;
    this.base = base;
  }

  /** A company for the customers, and the maker and checker of the approval, created by the admin through the API. */
  void setUp() throws Exception {
    admin = ApiSession.signIn(base, "admin", OpenArProcess.ADMIN_PASSWORD);
    admin.call("POST", "/api/v1/companies", """
        {"code":"SH01","name":"上海开源应收有限公司","nameEn":"OpenAR Shanghai Ltd","baseCurrency":"CNY","timeZone":"Asia/Shanghai"}""");
    admin.call("POST", "/api/v1/users", """
        {"username":"%s","displayName":"Chen Xin (credit)","password":"%s","roles":["CREDIT_MANAGER"],"language":"en"}"""
        .formatted(CHECKER, CHECKER_PASSWORD));
    admin.call("POST", "/api/v1/users", """
        {"username":"%s","displayName":"Zhang Li (AR)","password":"%s","roles":["AR_CLERK"],"language":"zh-CN"}"""
        .formatted(MAKER, MAKER_PASSWORD));
  }

  void createCustomer() throws IOException {
    browser.open(base + "/customers");
    browser.waitText(By.cssSelector(".server-table"), "No customers yet");
    browser.screenshot("customers-empty-en");
    browser.visible(By.cssSelector("[data-testid=new-customer]")).click();
    browser.waitText(By.tagName("h1"), "New customer");
    type(By.id("code"), "HZ-0001");
    type(By.id("nameZh"), "杭州云杉科技有限公司");
    type(By.id("nameEn"), "Hangzhou Spruce Tech Co., Ltd.");
    type(By.id("taxId"), "91330106MA2B123456"); // the check digit should be N
    type(By.id("region"), "华东");
    type(By.id("contacts_0_name"), "李娜");
    type(By.id("contacts_0_email"), "li.na@spruce.example.cn");
    browser.visible(By.cssSelector("[data-testid=save-customer]")).click();
    By taxItem = By.xpath("//input[@id='taxId']/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-form-item ')][1]");
    browser.waitText(taxItem, "should be 'N'");
    assertThat(browser.driver.findElement(taxItem).getAttribute("class")).contains("ant-form-item-has-error");
    browser.screenshot("customer-new-error-en");

    type(By.id("taxId"), "91330106MA2B12345N");
    browser.visible(By.cssSelector("[data-testid=save-customer]")).click();
    browser.wait.until(ExpectedConditions.urlMatches("/customers/" + UUID + "$"));
    customerId = browser.driver.getCurrentUrl().replaceAll(".*/customers/", "");
    browser.waitText(By.tagName("h1"), "Hangzhou Spruce Tech Co., Ltd.");
    assertThat(browser.visible(By.cssSelector(".customer-header")).getText()).contains("HZ-0001").contains("91330106MA2B12345N");
    browser.screenshot("customer-360-en");
  }

  /** Two invoices (the older one overdue, the newer one inside its 2% discount window), one receipt for both. */
  void recordAndAllocateAReceipt() throws Exception {
    invoice("INV-E2E-1", "500.00", today.minusDays(45), today.minusDays(15), null);
    invoice("INV-E2E-2", "1000.00", today.minusDays(3), null, "2/10,NET30");
    browser.open(base + "/customers/" + customerId);
    browser.visible(By.xpath("//button[normalize-space(.)='Record receipt']")).click();
    browser.waitText(By.tagName("h1"), "Record a receipt");
    browser.waitText(By.cssSelector(".ant-form"), "HZ-0001");
    type(By.id("amount"), "1480");
    browser.visible(By.cssSelector("[data-testid=open-allocation]")).click();
    By totals = By.cssSelector("[data-testid=allocation-totals]");
    browser.waitText(totals, "CN¥1,480.00");
    // oldest first: INV-E2E-1 in full, INV-E2E-2 for 980.00 plus its 20.00 discount; nothing left on account
    assertThat(browser.visible(By.cssSelector("[data-testid=allocated-total]")).getText()).isEqualTo("CN¥1,480.00");
    assertThat(browser.visible(By.cssSelector("[data-testid=remaining-total]")).getText()).isEqualTo("CN¥0.00");
    assertThat(browser.visible(totals).getText()).contains("CN¥20.00");
    browser.screenshot("allocation-en");
    browser.visible(By.cssSelector("[data-testid=post-allocation]")).click();
    browser.wait.until(ExpectedConditions.urlMatches("/payments/" + UUID + "$"));
    browser.waitText(By.cssSelector("[data-testid=unapplied]"), "CN¥0.00");
    assertThat(browser.visible(By.cssSelector(".ant-table")).getText()).contains("INV-E2E-1").contains("INV-E2E-2");
    browser.screenshot("receipt-en");
    browser.open(base + "/payments?view=all");
    browser.waitText(By.cssSelector(".server-table"), "HZ-0001");
    browser.screenshot("receipts-en");
    browser.open(base + "/admin/users");
    browser.waitText(By.cssSelector(".server-table"), CHECKER);
    browser.screenshot("users-en");
  }

  /** The maker asks for a higher limit through the API; the checker, signed in as a second user, approves it. */
  void approveACreditLimitAsASecondUser(Runnable signOut, SignIn signIn) throws Exception {
    ApiSession maker = ApiSession.signIn(base, MAKER, MAKER_PASSWORD);
    maker.call("POST", "/api/v1/customers/" + customerId + "/credit-limit-requests", """
        {"creditLimit":{"amount":"800000.00","currency":"CNY"},"reason":"Framework contract renewed for 2027"}""");
    signOut.run();
    signIn.as(CHECKER, CHECKER_PASSWORD);
    // the menu counts what waits for this user
    browser.waitText(By.cssSelector("nav .ant-menu"), "Approvals");
    browser.wait.until(d -> d.findElements(By.cssSelector("nav .ant-menu .ant-badge-count")).stream()
        .anyMatch(b -> b.getText().equals("1")));
    browser.open(base + "/approvals");
    browser.waitText(By.cssSelector(".server-table"), "Framework contract renewed for 2027");
    browser.screenshot("approvals-en");
    browser.visible(By.cssSelector("[data-testid=approve]")).click();
    browser.visible(By.id("comment")).sendKeys("Payment record is good");
    browser.visible(By.cssSelector("[data-testid=confirm-decision]")).click();
    browser.waitText(By.cssSelector(".server-table"), "Nothing waits for your decision");
    // the limit follows the approval (applied by the customers module when it hears of it)
    browser.wait.until(d -> {
      d.navigate().to(base + "/customers/" + customerId);
      return new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(5)).until(x -> {
        String text = x.findElement(By.cssSelector("[data-testid=credit-limit]")).getText();
        return text.equals("CN¥800,000.00") ? text : null;
      }) != null;
    });
  }

  void changePassword() throws IOException {
    browser.visible(By.cssSelector("[data-testid=user-menu]")).click();
    browser.clickMenuItem("Change password");
    browser.waitText(By.tagName("h1"), "Change password");
    type(By.id("currentPassword"), CHECKER_PASSWORD);
    type(By.id("newPassword"), CHECKER_PASSWORD + "x");
    type(By.id("confirm"), CHECKER_PASSWORD + "x");
    browser.visible(By.cssSelector("[data-testid=change-password]")).click();
    browser.visible(By.cssSelector(".ant-message-success"));
    browser.screenshot("password-en");
  }

  /** The same pages after switching to Chinese: labels, dates and amounts follow. */
  void checkerPagesInChinese(Runnable toChinese) throws IOException {
    toChinese.run();
    browser.open(base + "/approvals?tab=history");
    browser.waitText(By.cssSelector(".server-table"), "已批准");
    browser.screenshot("approvals-zh-CN");
    browser.open(base + "/customers");
    browser.waitText(By.cssSelector(".server-table"), "杭州云杉科技有限公司");
    assertThat(browser.visible(By.cssSelector(".server-table")).getText()).contains("¥800,000.00").contains("B 级");
    browser.screenshot("customers-zh-CN");
    browser.open(base + "/customers/" + customerId + "?tab=history");
    browser.waitText(By.cssSelector(".ant-tabs"), "平均回款天数");
    browser.waitText(By.tagName("h1"), "杭州云杉科技有限公司");
    browser.screenshot("customer-360-zh-CN");
    browser.open(base + "/account/password");
    browser.waitText(By.tagName("h1"), "修改密码");
    browser.screenshot("password-zh-CN");
  }

  /** As the admin in Chinese: users, receipts, and allocating money that came in on account to a new invoice. */
  void adminPagesInChinese(Runnable toChinese) throws Exception {
    invoice("INV-E2E-3", "300.00", today.minusDays(1), today.plusDays(29), null);
    admin.call("POST", "/api/v1/ledger/receipts", """
        {"customerId":"%s","documentNumber":"RC-E2E-2","amount":{"amount":"300.00","currency":"CNY"},
         "valueDate":"%s","reference":"招商银行 流水 88001"}""".formatted(customerId, today));
    toChinese.run();
    browser.open(base + "/admin/users");
    browser.waitText(By.cssSelector(".server-table"), "信用经理");
    browser.screenshot("users-zh-CN");
    browser.open(base + "/payments");
    browser.waitText(By.cssSelector(".server-table"), "RC-E2E-2");
    browser.screenshot("receipts-zh-CN");
    browser.visible(By.xpath("//tr[contains(., 'RC-E2E-2')]//button[normalize-space(.)='核销']")).click();
    browser.waitText(By.cssSelector("[data-testid=allocation-totals]"), "¥300.00");
    browser.waitText(By.cssSelector("[data-testid=remaining-total]"), "¥0.00");
    browser.screenshot("allocation-zh-CN");
    browser.visible(By.cssSelector("[data-testid=post-allocation]")).click();
    browser.wait.until(ExpectedConditions.urlMatches("/payments/" + UUID + "$"));
    browser.waitText(By.cssSelector("[data-testid=unapplied]"), "¥0.00");
    assertThat(browser.visible(By.cssSelector(".ant-table")).getText()).contains("INV-E2E-3");
    browser.screenshot("receipt-zh-CN");
  }

  private void invoice(String number, String amount, LocalDate date, LocalDate due, String terms) throws Exception {
    admin.call("POST", "/api/v1/ledger/items", """
        {"type":"INVOICE","customerId":"%s","documentNumber":"%s","amount":{"amount":"%s","currency":"CNY"},
         "documentDate":"%s"%s%s}""".formatted(customerId, number, amount, date,
        due == null ? "" : ",\"dueDate\":\"" + due + "\"", terms == null ? "" : ",\"paymentTerms\":\"" + terms + "\""));
  }

  private void type(By field, String text) {
    WebElement input = browser.visible(field);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  @FunctionalInterface
  interface SignIn {
    void as(String username, String password);
  }
}
