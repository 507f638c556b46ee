package org.openar.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless chromium through its chromedriver, with a fresh profile; nothing is downloaded. */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final Path profile;
  private final Path screenshots;

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  Browser(String acceptLanguage, Path screenshots) throws IOException {
    this.profile = Files.createTempDirectory("openar-e2e-chromium-");
    this.screenshots = screenshots;
    Files.createDirectories(screenshots);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=" + acceptLanguage,
        "--accept-lang=" + acceptLanguage);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  void waitUrlContains(String part) {
    wait.until(ExpectedConditions.urlContains(part));
  }

  String h1() {
    return visible(By.tagName("h1")).getText();
  }

  /** Clicks a menu item (antd dropdown/menu, rendered in a popup) by its visible text. */
  /** Scrolls the element to the middle of the window first, so sticky headers and summary rows cannot cover it. */
  void clickCentered(By by) {
    WebElement e = visible(by);
    js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", e);
    wait.until(ExpectedConditions.elementToBeClickable(e)).click();
  }

  void clickMenuItem(String text) {
    By item = By.xpath("//li[contains(@class,'ant-dropdown-menu-item') and normalize-space(.)='" + text + "']");
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Fills the sign-in form (replacing whatever is typed there) and submits it. */
  void signIn(String username, String password) {
    WebElement user = visible(By.id("username"));
    WebElement pass = visible(By.id("password"));
    clear(user);
    user.sendKeys(username);
    clear(pass);
    pass.sendKeys(password);
    visible(By.cssSelector(".login-card button[type=submit]")).click();
  }

  static void clear(WebElement input) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
  }

  /** Picks a language ("English", "简体中文") from the header's language menu. */
  void switchLanguage(String name) {
    visible(By.cssSelector("[data-testid=language-switch]")).click();
    clickMenuItem(name);
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Waits for network-driven spinners to settle, then saves target/e2e-screenshots/{name}.png. */
  Path screenshot(String name) throws IOException {
    wait.until(d -> ((Long) js("return document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length")) == 0L);
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = screenshots.resolve(name + ".png");
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  void clearBrowserCache() {
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> jsList(String script) {
    return (List<Map<String, Object>>) js(script);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
