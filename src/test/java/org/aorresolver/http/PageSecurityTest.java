package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every HTML page has a content security policy that keeps other sites from framing it, and no
 * answer goes without one.
 */
class PageSecurityTest {
  private static final TestServer server = TestServer.shared();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/docs",
        "/map",
        "/webjars/swagger-ui/5.34.1/index.html",
        "/webjars/swagger-ui/5.34.1/oauth2-redirect.html"
      })
  void everyHtmlPageHasAPolicyAndCannotBeFramed(String path) {
    HttpResponse<String> r = server.get(path);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'")
                    .doesNotContain("unsafe-eval"));
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/info",
        "/v1/resolve?zip=78550",
        "/v1/resolve?zip=1",
        "/nowhere",
        "/docs/init.js"
      })
  void everyOtherAnswerMayLoadNothingAndCannotBeFramed(String path) {
    assertThat(server.get(path).headers().firstValue("Content-Security-Policy"))
        .hasValue(PageSecurity.OTHER_POLICY);
  }
}
