package org.openar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The import wizard in a real browser against the real jar: a CSV with bad rows goes through upload, the guessed
 * mapping, the preview (bad cells marked), the run with its progress bar, and the rejected rows with their reasons
 * and downloads; in English and Chinese, with screenshots of each page under target/e2e-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportWizardE2EIT {

  static final String CSV = """
      客户编码,客户名称,发票号,开票日期,到期日,金额,备注
      E2E-1,华东贸易有限公司,E2E-INV-1,2026-01-05,2026-02-04,"1,200.00",首批
      E2E-2,Atlas Foods Ltd,E2E-INV-2,2026-01-06,2026-02-05,880.50,
      E2E-1,华东贸易有限公司,E2E-INV-3,2026-02-30,2026-03-04,15.00,日期错误
      E2E-2,Atlas Foods Ltd,E2E-INV-4,2026-01-07,2026-02-06,abc,金额错误
      E2E-1,华东贸易有限公司,E2E-INV-1,2026-01-05,2026-02-04,9.99,重复发票号
      """;
  static final By ROWS = By.cssSelector(".server-table tbody tr[data-row-key]");

  private Path out;
  private OpenArProcess server;
  private Browser browser;
  private String base;
  private String jobUrl;

  @BeforeAll
  void start() throws Exception {
    Path jar = OpenArProcess.jarOrSkip("import wizard");
    out = OpenArProcess.out();
    server = OpenArProcess.start(jar, out);
    base = server.baseUrl();
    browser = new Browser("en", out.resolve("e2e-screenshots"));
  }


  @AfterAll
  void stop() throws Exception {
    OpenArProcess.stop(browser, server);
  }

  @Test
  @Order(1)
  void anAdministratorSignsInAndACompanyExists() {
    browser.open(base + "/login");
    browser.signIn("admin", OpenArProcess.ADMIN_PASSWORD);
    browser.waitText(By.tagName("h1"), "Administrator");
    Object status = browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='))?.split('=')[1];
        fetch('/api/v1/companies', {method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token || '')},
            body: JSON.stringify({code: 'E2E', name: '端到端测试公司', nameEn: 'E2E Co', baseCurrency: 'CNY',
                timeZone: 'Asia/Shanghai'})}).then(r => done(r.status), e => done(String(e)));""");
    assertThat(status).isEqualTo(201L);
  }

  @Test
  @Order(2)
  void aFileWithBadRowsIsUploadedMappedAndPreviewedWithTheBadCellsMarked() throws IOException {
    Path file = Files.createTempDirectory("e2e-import").resolve("open-invoices.csv");
    Files.writeString(file, CSV, StandardCharsets.UTF_8);
    browser.open(base + "/imports");
    browser.waitText(By.tagName("h1"), "Imports");
    browser.visible(By.cssSelector("[data-testid=new-import]")).click();
    browser.waitText(By.tagName("h1"), "New import");
    browser.visible(By.cssSelector("[data-testid=type-OPEN_INVOICES]")).click();
    browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    browser.waitText(By.cssSelector("[data-testid=uploaded-file]"), "open-invoices.csv");
    browser.screenshot("import-upload-en");
    browser.visible(By.cssSelector("[data-testid=wizard-next]")).click();
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=cell-error]"), 2));
    List<String> bad = browser.driver.findElements(By.cssSelector("[data-testid=cell-error]")).stream()
        .map(WebElement::getText).toList();
    assertThat(bad).containsExactly("2026-02-30", "abc");
    browser.visible(By.xpath("//label[contains(., 'Create customers for unknown customer codes')]")).click();
    browser.screenshot("import-mapping-en");
  }

  @Test
  @Order(3)
  void theImportRunsWithAProgressBarAndListsTheRejectedRowsWithReasons() throws IOException {
    browser.visible(By.cssSelector("[data-testid=wizard-next]")).click();
    browser.visible(By.cssSelector("[data-testid=start-import]")).click();
    browser.waitUrlContains("/imports/0");
    jobUrl = browser.driver.getCurrentUrl();
    browser.visible(By.cssSelector("[data-testid=import-progress]"));
    browser.waitText(By.cssSelector("[data-testid=import-status]"), "Completed");
    assertThat(browser.visible(By.cssSelector("[data-testid=accepted-count]")).getText()).contains("2");
    assertThat(browser.visible(By.cssSelector("[data-testid=rejected-count]")).getText()).contains("3");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(ROWS, 3));
    String table = browser.visible(By.cssSelector(".server-table")).getText();
    assertThat(table).contains("开票日期").contains("'2026-02-30' is not a date").contains("'abc' is not an amount")
        .contains("already appears in row 2");
    Object csv = browser.driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(location.pathname.replace('/imports/', '/api/v1/imports/') + '/rejected/download?format=csv',
            {credentials: 'same-origin', headers: {'Accept-Language': 'en'}}).then(r => r.text()).then(done);""");
    assertThat((String) csv).contains("Row,Column,Reason").contains("E2E-INV-4");
    assertThat(browser.visible(By.cssSelector("[data-testid=download-xlsx]")).isDisplayed()).isTrue();
    browser.screenshot("import-result-en");
  }

  @Test
  @Order(4)
  void inChineseTheReasonsAndThePagesAreChinese() throws IOException {
    browser.switchLanguage("简体中文");
    browser.waitText(By.tagName("h1"), "导入");
    browser.open(jobUrl);
    browser.waitText(By.cssSelector("[data-testid=import-status]"), "已完成");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(ROWS, 3));
    assertThat(browser.visible(By.cssSelector(".server-table")).getText()).contains("不是格式为").contains("不是金额")
        .contains("已出现在本文件第 2 行");
    browser.screenshot("import-result-zh-CN");
    browser.open(base + "/imports");
    browser.waitText(By.tagName("h1"), "数据导入");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 0));
    assertThat(browser.driver.findElement(ROWS).getText()).contains("open-invoices.csv").contains("未结发票");
    browser.screenshot("import-list-zh-CN");
    browser.visible(By.cssSelector("[data-testid=new-import]")).click();
    browser.waitText(By.tagName("h1"), "新建导入");
    browser.screenshot("import-upload-zh-CN");
  }

  @Test
  @Order(5)
  void thePastImportsInEnglish() throws IOException {
    browser.switchLanguage("English");
    browser.open(base + "/imports");
    browser.waitText(By.tagName("h1"), "Imports");
    browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 0));
    browser.screenshot("import-list-en");
  }
}
