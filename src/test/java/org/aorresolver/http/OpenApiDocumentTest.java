package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document is valid and lists exactly the routes the server has. */
class OpenApiDocumentTest {
  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private static final TestServer server = TestServer.shared();

  @Test
  void isAValidOpenApi31Document() {
    SwaggerParseResult result =
        new OpenAPIParser().readContents(server.get("/openapi.json").body(), null, null);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
  }

  @Test
  void documentsEveryRouteTheServerHasAndNoOther() {
    SwaggerParseResult result =
        new OpenAPIParser().readContents(server.get("/openapi.json").body(), null, null);
    Set<String> documented = new TreeSet<>();
    result
        .getOpenAPI()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    // the tile route matches {y} and checks ".mvt" itself, so a row without it is a
                    // 400
                    .forEach(m -> documented.add(m + " " + path.replace("{y}.mvt", "{y}"))));
    Set<String> served = new TreeSet<>();
    server.app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(h -> HTTP_METHODS.contains(h.endpoint.method.name()))
        .forEach(h -> served.add(h.endpoint.method.name() + " " + h.endpoint.path));

    assertThat(documented).isEqualTo(served);
  }
}
