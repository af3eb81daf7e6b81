package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.aorresolver.Edition;
import org.aorresolver.TestData;
import org.aorresolver.tiles.AorTiles;
import org.aorresolver.tiles.Label;
import org.aorresolver.tiles.WebMercator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map page in headless Chromium (Debian's chromium and chromium-driver, which CI installs):
 * every area is in the opening view (insets for Alaska, Hawaii and the territories), drawn in the
 * colours of the legend, with office codes; a click is answered, the edition switches, the search
 * box finds a ZIP code and an address, and the page runs under its Content-Security-Policy without
 * errors. Checked on the pixels of screenshots. Without Chromium this test fails; it does not skip.
 */
@Tag("slow")
class MapPageBrowserTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String HARLINGEN = "#7/26.19/-97.69";

  private static final TestServer server = TestServer.shared();
  private static Chromium chromium;
  private static ChromeDriver browser;
  private static JsonNode palette;
  private static AorTiles labels;

  @BeforeAll
  static void start() throws IOException {
    chromium = Chromium.start();
    browser = chromium.driver;
    palette = TestServer.json(server.get("/map/palette.json"));
    labels = AorTiles.build(TestData.shipped());
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /**
   * The opening view: the conterminous United States with an inset each for Alaska, Hawaii, Guam
   * and the Northern Marianas, Puerto Rico and the Virgin Islands, every area in its office's
   * colour, and each legend swatch the very colour its office's area is drawn in.
   */
  @Test
  void theOpeningViewShowsEveryAreaInTheColoursOfTheLegend() throws IOException {
    open("");
    waitFor("the insets", "return document.documentElement.dataset.insets === 'shown';");
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "map.png"), browser.getScreenshotAs(OutputType.BYTES));

    Map<Integer, Integer> counts = colourCounts(shot(By.id("map")));
    for (WebElement item : browser.findElements(By.cssSelector(".legend li[data-office]"))) {
      String office = item.getAttribute("data-office");
      int swatch = centre(shot(item.findElement(By.className("swatch"))));
      assertThat(hex(swatch)).as("the swatch of %s", office).isEqualTo(colour(office));
      assertThat(counts.getOrDefault(swatch, 0))
          .as("pixels of the map in the colour of %s's swatch", office)
          .isGreaterThan(20);
    }
    assertThat(browser.findElements(By.cssSelector(".legend li[data-office]"))).hasSize(25);
    Map<String, String> insets = Map.of("ak", "SEA", "hi", "SFR", "gu", "SFR", "pr", "MIA");
    for (Map.Entry<String, String> inset : insets.entrySet()) {
      BufferedImage image = shot(By.cssSelector("#inset-" + inset.getKey() + " .inset-map"));
      assertThat(colourCounts(image).getOrDefault(rgb(colour(inset.getValue())), 0))
          .as("pixels of the %s inset in %s's colour", inset.getKey(), inset.getValue())
          .isGreaterThan(inset.getKey().equals("gu") ? 8 : 60);
    }
  }

  /**
   * At the scale of the country each office's code is written inside its area, wherever the labels
   * layer places it at that zoom: black text, darker than any line of the map.
   */
  @Test
  void officeCodesAreWrittenInsideTheirAreas() throws IOException {
    open("#5/37/-96");
    BufferedImage map = shot(By.id("map"));
    List<Label> shown =
        labels.labels(Edition.E2021).stream().filter(l -> l.minZoom() <= 5).toList();
    int checked = 0;
    for (Label l : shown) {
      int[] at = pixel(l.lat(), l.lon(), 5, 37, -96, map);
      boolean inView = at[0] > 20 && at[1] > 12 && at[0] < map.getWidth() - 20;
      if (inView && at[1] < map.getHeight() - 12 && !nearAFieldOffice(l, 5)) {
        assertThat(ink(map, at[0], at[1]))
            .as("black pixels of the label %s at %d,%d", l.office(), at[0], at[1])
            .isGreaterThan(5);
        checked++;
      }
    }
    assertThat(checked).as("labels checked").isGreaterThan(15);
    assertThat(ink(map, pixel(30, -120, 5, 37, -96, map)[0], pixel(30, -120, 5, 37, -96, map)[1]))
        .as("black pixels in the Pacific, where no label is")
        .isZero();
  }

  @Test
  void anInsetTakesTheMapToItsAreaAndTheHomeButtonBringsEveryAreaBack() {
    open("");
    waitFor("the insets", "return document.documentElement.dataset.insets === 'shown';");

    browser.findElement(By.cssSelector("#inset-hi button")).click();
    waitFor("Hawaii", "return document.documentElement.dataset.insets === 'hidden';");
    String[] view = browser.getCurrentUrl().replaceAll(".*#", "").split("/");
    assertThat(Double.parseDouble(view[1])).isBetween(19.5, 21.5);
    assertThat(Double.parseDouble(view[2])).isBetween(-158.5, -156.5);

    browser.findElement(By.cssSelector(".leaflet-bar a.home")).click();
    waitFor("every area", "return document.documentElement.dataset.insets === 'shown';");
  }

  /** On a phone the insets give way to buttons, and the opening view still holds every state. */
  @Test
  void onANarrowScreenTheInsetsAreButtons() {
    Dimension wide = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(420, 800));
    try {
      open("");
      waitFor("the insets", "return document.documentElement.dataset.insets === 'shown';");

      assertThat(browser.findElement(By.cssSelector("#inset-ak button")).isDisplayed()).isTrue();
      assertThat(browser.findElement(By.cssSelector("#inset-ak .inset-map")).isDisplayed())
          .isFalse();
      browser.findElement(By.cssSelector("#inset-pr button")).click();
      waitFor("Puerto Rico", "return document.documentElement.dataset.insets === 'hidden';");
      assertThat(browser.getCurrentUrl()).containsPattern("#[0-9.]+/18\\.[0-9]+/-6[5-6]\\.");
    } finally {
      browser.manage().window().setSize(wide);
    }
  }

  /** South Texas is Harlingen's colour in 2021 and San Antonio's in 2020. */
  @Test
  void theColoursFollowTheEdition() throws IOException {
    open("#8/26.3/-98.16");
    String edinburg2021 = hex(centre(shot(By.id("map"))));

    browser.findElement(By.cssSelector("input[name=edition][value='2020']")).click();
    waitFor("the 2020 tiles", "return document.documentElement.dataset.tiles === 'loaded';");
    waitForFadeIn();
    String edinburg2020 = hex(centre(shot(By.id("map"))));
    browser.findElement(By.cssSelector("input[name=edition][value='2021']")).click();

    assertThat(edinburg2021).isEqualTo(colour("HLG"));
    assertThat(edinburg2020).isEqualTo(colour("SNA"));
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
    for (String view :
        List.of("#2/30/-100", "#12/29.4241/-98.4936", "#5/61/-150", "#4.75/38/-97")) {
      open(view);
    }
    open("");
    // the edition switched at the opening view's fractional zoom: every tile asked at a whole one
    browser.findElement(By.cssSelector("input[name=edition][value='2020']")).click();
    waitFor("the 2020 tiles", "return document.documentElement.dataset.tiles === 'loaded';");
    open(HARLINGEN);
    new Actions(browser).moveToElement(browser.findElement(By.id("map"))).click().perform();
    answer("HLG");

    assertThat(chromium.warnings())
        .as("console warnings and errors, CSP violations among them")
        .isEmpty();
  }

  /** Loads the page (after a blank one, so each test starts afresh) and waits for its tiles. */
  private static void open(String hash) {
    browser.get("about:blank");
    browser.get("http://127.0.0.1:" + server.app.port() + "/map" + hash);
    waitFor(
        "the state outlines and the AOR tiles, faded in",
        "var root = document.documentElement;"
            + " var tiles = document.querySelectorAll('canvas.leaflet-tile');"
            + " return root.dataset.states === 'loaded' && root.dataset.tiles === 'loaded'"
            + " && tiles.length > 0"
            + " && Array.prototype.every.call(tiles, function (t) { return t.style.opacity === '1'; });");
  }

  private static void waitForFadeIn() {
    waitFor(
        "the tiles faded in",
        "return Array.prototype.every.call(document.querySelectorAll('canvas.leaflet-tile'),"
            + " function (t) { return t.style.opacity === '1'; });");
  }

  private static BufferedImage shot(By element) throws IOException {
    return shot(browser.findElement(element));
  }

  private static BufferedImage shot(WebElement element) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
  }

  /** How many pixels have each colour (RGB, no alpha). */
  private static Map<Integer, Integer> colourCounts(BufferedImage image) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static int centre(BufferedImage image) {
    return image.getRGB(image.getWidth() / 2, image.getHeight() / 2) & 0xffffff;
  }

  private static String hex(int rgb) {
    return String.format(Locale.ROOT, "#%06x", rgb);
  }

  private static int rgb(String hex) {
    return Integer.parseInt(hex.substring(1), 16);
  }

  /** An office's colour in the palette the page draws with. */
  private static String colour(String office) {
    return palette.path("offices").path(office).asText();
  }

  /** Where a place is in a map image of the view zoom/lat/lon (Web Mercator, 256-pixel tiles). */
  private static int[] pixel(
      double lat, double lon, double zoom, double atLat, double atLon, BufferedImage map) {
    double world = 256 * Math.pow(2, zoom);
    double x = (WebMercator.x(lon) - WebMercator.x(atLon)) * world + map.getWidth() / 2.0;
    double y = (WebMercator.y(lat) - WebMercator.y(atLat)) * world + map.getHeight() / 2.0;
    return new int[] {(int) Math.round(x), (int) Math.round(y)};
  }

  /** Pixels darker than any line of the map (label text is black) around a point. */
  private static int ink(BufferedImage image, int cx, int cy) {
    int n = 0;
    for (int y = Math.max(0, cy - 7); y <= Math.min(image.getHeight() - 1, cy + 7); y++) {
      for (int x = Math.max(0, cx - 16); x <= Math.min(image.getWidth() - 1, cx + 16); x++) {
        int c = image.getRGB(x, y);
        int max = Math.max((c >> 16) & 0xff, Math.max((c >> 8) & 0xff, c & 0xff));
        if (max < 40) {
          n++;
        }
      }
    }
    return n;
  }

  /** Whether a field office's marker is within 24 pixels of the label at a zoom. */
  private static boolean nearAFieldOffice(Label l, int zoom) {
    double world = 256 * Math.pow(2, zoom);
    return TestData.shipped().offices().stream()
        .anyMatch(
            o ->
                Math.hypot(
                        (WebMercator.x(o.location().lon()) - l.x()) * world,
                        (WebMercator.y(o.location().lat()) - l.y()) * world)
                    < 24);
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
