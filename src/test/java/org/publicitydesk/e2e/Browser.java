package org.publicitydesk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} driven by {@code chromium-driver}) for one person: a fresh
 * profile, Chinese as the first language, every browser console entry kept. Closing it checks the console:
 * a SEVERE entry from the application's own pages fails the test.
 */
final class Browser implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(30);
  /** Selenium 4.31 knows DevTools up to Chromium 135 and says so at every start; WebDriver itself is unaffected. */
  private static final List<java.util.logging.Logger> CDP_WARNINGS = Stream.of("org.openqa.selenium.devtools",
      "org.openqa.selenium.chromium.ChromiumDriver").map(java.util.logging.Logger::getLogger)
      .peek(logger -> logger.setLevel(Level.SEVERE)).toList();

  final ChromeDriver driver;
  final String root;
  private final Path profile;
  private final List<String> consoleErrors = new ArrayList<>();
  /** Console entries of refusals the test provokes on purpose (a page shows the server's answer to a bad request). */
  private final List<String> expectedRefusals = new ArrayList<>();

  private Browser(String root) {
    this.root = root;
    try {
      this.profile = Files.createTempDirectory("pd-e2e-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    // the flags that work as root on these machines, a fresh profile, and Chinese first
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    // Debian's chromedriver, so Selenium Manager never goes to the network
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
        .usingAnyFreePort()
        // dates in the webapps in the business time zone, as on the office's computers
        .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANGUAGE", "zh_CN:zh"))
        .build();
    this.driver = new ChromeDriver(service, options);
  }

  /** A new browser nobody has signed in to. */
  static Browser anonymous(String root) {
    return new Browser(root);
  }

  /**
   * The visible text and placeholders under {@code css} (the whole page when null) hold no English word outside
   * {@link Tasklist#LATIN_ALLOWED} (issue 15); login ids shown to be typed ({@code <code>}) are not words. Fails
   * naming the words and the text they are in.
   */
  void assertNoEnglish(String where, String css) {
    String seen = (String) script("""
        const root = arguments[0] ? document.querySelector(arguments[0]) : document.body;
        if (!root) return '';
        const parts = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest('code, script, style') || el.getClientRects().length === 0) continue;
          if (getComputedStyle(el).visibility === 'hidden') continue;
          if (n.textContent.trim()) parts.push(n.textContent.trim());
        }
        root.querySelectorAll('input, textarea').forEach((f) => { if (f.placeholder) parts.push(f.placeholder); });
        return parts.join('\\n');""", css);
    List<String> english = java.util.regex.Pattern.compile("[A-Za-z]{2,}").matcher(seen).results()
        .map(java.util.regex.MatchResult::group).filter(w -> !Tasklist.LATIN_ALLOWED.contains(w)).distinct().toList();
    if (!english.isEmpty()) {
      throw new AssertionError(where + ": English on the page " + english + " in:\n" + seen);
    }
    if (seen.isBlank()) {
      throw new AssertionError(where + ": nothing visible to check");
    }
  }

  /** A new browser for {@code user}, logged in through the real Tasklist login page. */
  static Browser loggedIn(String root, String user) {
    Browser browser = new Browser(root);
    try {
      browser.login(user);
    } catch (RuntimeException e) {
      browser.driver.quit();
      throw e;
    }
    return browser;
  }

  private void login(String user) {
    open("/camunda/app/tasklist/default/");
    WebElement form = await(By.cssSelector("form[name=signinForm]"));
    // the login page moves the focus to the user name once it has rendered: typing before that can put the password
    // into the user name field, so type again until both fields hold what was typed
    for (int attempt = 1; ; attempt++) {
      WebElement name = form.findElement(By.cssSelector("input[type=text]"));
      WebElement password = form.findElement(By.cssSelector("input[type=password]"));
      name.clear();
      name.sendKeys(user);
      password.clear();
      password.sendKeys("demo");
      pause(200);
      if (user.equals(name.getAttribute("value")) && "demo".equals(password.getAttribute("value"))) {
        break;
      }
      if (attempt == 5) {
        throw new AssertionError("could not type the login of " + user);
      }
    }
    form.findElement(By.cssSelector("button[type=submit]")).click();
    // signed in: the header shows the user menu and the login form is gone
    until(d -> d.findElements(By.cssSelector("form[name=signinForm]")).isEmpty()
        && !d.findElements(By.cssSelector(".navbar .account, [cam-widget-header] .account")).isEmpty());
  }

  void open(String path) {
    driver.get(root + path);
  }

  WebElement await(By by) {
    return until(d -> {
      List<WebElement> found = d.findElements(by);
      return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    });
  }

  /** Waits for the condition; if it never holds, the page is kept as {@code target/e2e/FAILED-*.png} and .html. */
  <T> T until(ExpectedCondition<T> condition) {
    try {
      return waiting().until(condition);
    } catch (TimeoutException e) {
      String name = "FAILED-" + System.currentTimeMillis();
      Path png = shot(name);
      try {
        Files.writeString(png.resolveSibling(name + ".html"), driver.getPageSource());
      } catch (IOException ignored) {
        // the screenshot is there
      }
      throw e;
    }
  }

  /** Waits up to 20 s; AngularJS re-renders lists, so an element gone stale is looked up again. */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Scrolls the element to the middle of the window (the footer covers the bottom) and clicks it. */
  void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'})", element);
    for (int attempt = 1; ; attempt++) {
      try {
        element.click();
        return;
      } catch (ElementClickInterceptedException covered) {
        // a tooltip or a fading notice lies over it for a moment
        if (attempt == 10) {
          throw covered;
        }
        new Actions(driver).moveToLocation(1, 1).perform();
        pause(200);
      }
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The first displayed element matching {@code css} whose text contains {@code text}. */
  /**
   * Like {@link #awaitText}, but a page still loading when the wait is over is loaded once more: on a busy machine the
   * first start of a Camunda webapp can stay on its spinner (seen once in CI for Cockpit).
   */
  WebElement awaitTextReloading(String css, String text) {
    try {
      return waiting().until(shown(css, text));
    } catch (TimeoutException stillLoading) {
      driver.navigate().refresh();
      return awaitText(css, text);
    }
  }

  WebElement awaitText(String css, String text) {
    return until(shown(css, text));
  }

  private static ExpectedCondition<WebElement> shown(String css, String text) {
    return d -> d.findElements(By.cssSelector(css)).stream()
        .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null);
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves a screenshot of the whole window as {@code target/e2e/<name>.png}. */
  Path shot(String name) {
    collectConsole();
    // no tooltip of the last hovered element over the picture
    new Actions(driver).moveToLocation(1, 1).perform();
    Path dir = Path.of(System.getProperty("e2e.screenshots", "target/e2e"));
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The open form as on a 390 px wide phone: the window is narrowed, the screenshot taken as {@code <name>.png}, and
   * the form must fit the width (nothing to scroll sideways); then the window is widened again.
   */
  void shotAsPhone(String name, String formCss) {
    org.openqa.selenium.Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      until(d -> ((Number) script("return window.innerWidth")).intValue() <= 390 ? true : null);
      WebElement form = await(By.cssSelector(formCss));
      script("arguments[0].scrollIntoView({block: 'start'})", form);
      shot(name);
      Number overflow = (Number) script("var f = arguments[0]; return f.scrollWidth - f.clientWidth;", form);
      if (overflow.intValue() > 1) {
        throw new AssertionError(name + ": the form is " + overflow + " px wider than a 390 px phone");
      }
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /**
   * The test provokes a refusal of {@code path} with {@code status} on purpose (the page shows the server's answer):
   * Chromium's console entry for it does not fail the test.
   */
  void expectRefusal(String path, int status) {
    expectedRefusals.add(root + path + " - Failed to load resource: the server responded with a status of " + status);
  }

  /** SEVERE console entries of the application's own pages seen so far in this browser. */
  List<String> consoleErrors() {
    collectConsole();
    return List.copyOf(consoleErrors);
  }

  private void collectConsole() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && ConsoleFilter.fromApplication(entry, root)
          && expectedRefusals.stream().noneMatch(entry.getMessage()::startsWith)) {
        consoleErrors.add(entry.getMessage());
      }
    }
  }

  @Override
  public void close() {
    List<String> errors;
    try {
      errors = consoleErrors();
    } finally {
      driver.quit();
      deleteProfile();
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("browser console errors from the application's pages:\n" + String.join("\n", errors));
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
