package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HEAD is GET without the body on every route: the same status and the same headers. */
class HeadRequestsTest {
  private static final TestServer server = TestServer.shared();
  private static final List<String> SAME =
      List.of(
          "content-type",
          "content-length",
          "etag",
          "content-security-policy",
          "cache-control",
          "vary",
          "location",
          "allow",
          "x-content-type-options");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1/resolve?lat=26.19&lon=-97.69",
        "/v1/resolve?lat=NaN&lon=1",
        "/v1/resolve",
        "/v1/offices/HLG",
        "/v1/offices/XYZ",
        "/v1/info",
        "/health",
        "/ready",
        "/map",
        "/",
        "/collections/aor-2021/items?bbox=-97.8,26.1,-97.6,26.3",
        "/collections/nothing",
        "/tiles/aor/4/3/6.mvt",
        "/tiles/aor.json",
        "/openapi.json",
        "/docs",
        "/v1/resolve/batch",
        "/admin/reload",
        "/nothing"
      })
  void headIsGetWithoutTheBody(String path) {
    HttpResponse<String> get = send("GET", path);
    HttpResponse<String> head = send("HEAD", path);

    assertThat(head.statusCode()).as("status of HEAD %s", path).isEqualTo(get.statusCode());
    for (String name : SAME) {
      assertThat(head.headers().allValues(name))
          .as("%s of HEAD %s", name, path)
          .isEqualTo(get.headers().allValues(name));
    }
    assertThat(head.body()).isEmpty();
  }

  private static HttpResponse<String> send(String method, String path) {
    return server.send(
        HttpRequest.newBuilder(server.uri(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }
}
