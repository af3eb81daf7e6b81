package org.aorresolver.http.problem;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;

/**
 * No route takes a query parameter twice, so a repeated one is refused the same way on every route
 * (400, naming each parameter repeated with its values) rather than one of its values being taken
 * silently: {@code ?edition=2020&edition=2021} asks for two things at once.
 */
public final class RepeatedParameters {
  static final String EXPECTED = "given once (it was repeated)";

  private RepeatedParameters() {}

  /** Checks the query of every request that matched a route, before the route sees it. */
  public static void register(JavalinConfig config) {
    config.routes.beforeMatched(RepeatedParameters::refuse);
  }

  private static void refuse(Context ctx) {
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      if (p.getValue().size() > 1) {
        errors.add(new FieldError(p.getKey(), String.join(",", p.getValue()), EXPECTED));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
