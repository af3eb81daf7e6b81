package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map page in headless Chromium (Debian's chromium and chromium-driver, which CI installs): the
 * AORs are drawn, a click is answered, the edition switches, the search box finds a ZIP code and an
 * address, and the page runs under its Content-Security-Policy without errors. Without Chromium
 * this test fails; it does not skip.
 */
@Tag("slow")
class MapPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String HARLINGEN = "#7/26.19/-97.69";

  private static final TestServer server = TestServer.shared();
  private static Path profile;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assertThat(CHROMIUM)
        .as("the map test needs Chromium: apt-get install chromium chromium-driver")
        .isExecutable();
    assertThat(CHROMEDRIVER)
        .as("the map test needs ChromeDriver: apt-get install chromium-driver")
        .isExecutable();
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1280,800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Test
  void theAorsAreDrawnInTheirOfficesColoursOverTheStates() throws IOException {
    open("");

    byte[] png = browser.findElement(By.id("map")).getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "map.png"), browser.getScreenshotAs(OutputType.BYTES));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Map<Integer, Integer> counts = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }
    int pixels = image.getWidth() * image.getHeight();
    int background = counts.getOrDefault(0xcfdde6, 0);
    long areas = counts.values().stream().filter(n -> n > pixels / 2000).count();

    assertThat(pixels - background)
        .as("pixels that are not the empty map")
        .isGreaterThan(pixels / 6);
    assertThat(areas).as("colours that each cover a visible area").isGreaterThanOrEqualTo(20);
  }

  @Test
  void aClickInHarlingenShowsItsOfficeAndSanAntonioIn2020() throws IOException {
    open(HARLINGEN);

    new Actions(browser).moveToElement(browser.findElement(By.id("map"))).click().perform();
    WebElement answer = answer("HLG");
    assertThat(answer.getText())
        .contains("Harlingen Field Office", "(956) 389-7884", "In Cameron, Texas", "Check in at");
    Files.write(
        Path.of("target", "map-harlingen.png"),
        browser.findElement(By.id("map")).getScreenshotAs(OutputType.BYTES));

    browser.findElement(By.cssSelector("input[name=edition][value='2020']")).click();

    assertThat(answer("SNA").getText()).contains("San Antonio Field Office", "Edition 2020");
    waitFor("the 2020 tiles", "return document.documentElement.dataset.tiles === 'loaded'");
    assertThat(browser.findElement(By.className("legend")).getText())
        .contains("Field offices, 2020", "SNA San Antonio")
        .doesNotContain("HLG");
  }

  @Test
  void theSearchBoxFindsAZipCodeAndAnAddressAndGoesThere() {
    open("");

    search("78550");
    assertThat(answer("HLG").getText()).contains("zip precision");
    String[] view = browser.getCurrentUrl().replaceAll(".*#", "").split("/");
    assertThat(Double.parseDouble(view[1])).isBetween(25.7, 26.7);
    assertThat(Double.parseDouble(view[2])).isBetween(-98.2, -97.2);

    search("1717 Zoy St, Harlingen, TX 78550");
    assertThat(answer("HLG").getText()).contains("Harlingen Field Office");

    search("26.19, -97.69");
    assertThat(answer("HLG").getText()).contains("point precision");

    search("28.335147, -98.333977");
    assertThat(answer("HOU").getText())
        .contains("km from an AOR boundary", "it may be SNA (San Antonio Field Office)");
  }

  @Test
  void everyZoomIsDrawnAndThePageRunsUnderItsContentSecurityPolicyWithoutErrors() {
    for (String view : List.of("#2/30/-100", "#12/29.4241/-98.4936", "#5/61/-150")) {
      open(view);
    }
    open(HARLINGEN);
    new Actions(browser).moveToElement(browser.findElement(By.id("map"))).click().perform();
    answer("HLG");

    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertThat(errors).as("console warnings and errors, CSP violations among them").isEmpty();
  }

  /** Loads the page (after a blank one, so each test starts afresh) and waits for its tiles. */
  private static void open(String hash) {
    browser.get("about:blank");
    browser.get("http://127.0.0.1:" + server.app.port() + "/map" + hash);
    waitFor(
        "the state outlines and the AOR tiles, faded in",
        "var root = document.documentElement;"
            + " var tiles = document.querySelectorAll('.leaflet-tile-pane canvas');"
            + " return root.dataset.states === 'loaded' && root.dataset.tiles === 'loaded'"
            + " && tiles.length > 0"
            + " && Array.prototype.every.call(tiles, function (t) { return t.style.opacity === '1'; });");
  }

  /** Searches and waits for the page to show that answer (not the one before it). */
  private static void search(String text) {
    browser.executeScript("delete document.documentElement.dataset.answer");
    WebElement box = browser.findElement(By.id("query"));
    box.clear();
    box.sendKeys(text, Keys.ENTER);
    waitFor(
        "the answer to " + text,
        "return ['shown', 'problem'].includes(document.documentElement.dataset.answer)");
  }

  /** The answer in the popup once it names the office. */
  private static WebElement answer(String office) {
    By popup = By.cssSelector(".leaflet-popup-content .answer[data-office='" + office + "']");
    new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> "an answer naming " + office + "; the page shows: " + shown())
        .until(d -> !d.findElements(popup).isEmpty());
    return browser.findElement(popup);
  }

  private static String shown() {
    List<WebElement> popups = browser.findElements(By.className("leaflet-popup-content"));
    return (popups.isEmpty() ? "no popup" : popups.get(0).getText())
        + "; status: "
        + browser.findElement(By.id("status")).getText();
  }

  private static void waitFor(String what, String script) {
    new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> what)
        .until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(script)));
  }
}
