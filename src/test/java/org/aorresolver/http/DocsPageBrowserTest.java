package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API documentation works in a browser under its content security policy: Swagger UI draws
 * every operation of the API description, and the console shows no violation.
 */
@Tag("slow")
class DocsPageBrowserTest {
  private static final TestServer server = TestServer.shared();
  private static Chromium chromium;

  @BeforeAll
  static void start() throws IOException {
    chromium = Chromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void swaggerUiDrawsTheApiUnderItsPolicy() {
    chromium.driver.get("http://127.0.0.1:" + server.app.port() + "/docs");
    new WebDriverWait(chromium.driver, Duration.ofSeconds(30))
        .withMessage("Swagger UI drew no operation")
        .until(d -> !d.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());

    assertThat(chromium.driver.findElements(By.cssSelector(".opblock-summary-path")))
        .extracting(e -> e.getAttribute("data-path"))
        .contains("/v1/resolve", "/v1/offices", "/metrics");
    assertThat(chromium.warnings())
        .as("console warnings and errors, CSP violations among them")
        .isEmpty();
  }
}
