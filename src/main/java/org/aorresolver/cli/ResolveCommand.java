package org.aorresolver.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aorresolver.InvalidInputException;
import org.aorresolver.Resolution;
import org.aorresolver.Resolver;
import org.aorresolver.data.GeodataLoader;
import org.aorresolver.http.Json;
import org.aorresolver.query.QueryParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code resolve}: any query of {@code GET /v1/resolve} from the command line, JSON out. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = "Resolve one place to its field office and print the answer as JSON.",
    footer = {
      "",
      "Examples:",
      "  resolve --lat 26.19 --lon -97.69",
      "  resolve --address '1717 Zoy St, Harlingen, TX 78550' --date 2019-05-01",
      "  resolve --county 48061 --edition 2020",
      "  resolve --state TX"
    })
final class ResolveCommand implements Callable<Integer> {
  @Mixin GeodataOption geodata;

  @Spec CommandSpec spec;

  @Option(names = "--lat", paramLabel = "LAT", description = "latitude, decimal degrees")
  String lat;

  @Option(names = "--lon", paramLabel = "LON", description = "longitude, decimal degrees")
  String lon;

  @Option(names = "--state", paramLabel = "STATE", description = "USPS code, FIPS code or name")
  String state;

  @Option(
      names = "--county",
      paramLabel = "COUNTY",
      description = "5-digit FIPS code, or a name with --state")
  String county;

  @Option(names = "--zip", paramLabel = "ZIP", description = "ZIP code (ZIP+4 accepted)")
  String zip;

  @Option(
      names = "--address",
      paramLabel = "ADDRESS",
      description = "one-line address, city, 'county, state' or ZIP code")
  String address;

  @Option(names = "--street", paramLabel = "STREET", description = "street part of an address")
  String street;

  @Option(names = "--city", paramLabel = "CITY", description = "city part of an address")
  String city;

  @Option(names = "--edition", paramLabel = "EDITION", description = "2020 or 2021")
  String edition;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "YYYY-MM-DD: the edition in force that day")
  String date;

  @Override
  public Integer call() throws Exception {
    Map<String, List<String>> params = new LinkedHashMap<>();
    put(params, "lat", lat);
    put(params, "lon", lon);
    put(params, "state", state);
    put(params, "county", county);
    put(params, "zip", zip);
    put(params, "address", address);
    put(params, "street", street);
    put(params, "city", city);
    put(params, "edition", edition);
    put(params, "date", date);
    Resolution answer;
    try {
      QueryParser.Request request = QueryParser.parse(params);
      Resolver resolver = Resolver.build(GeodataLoader.load(geodata.files()));
      answer = resolver.resolve(request.place(), request.when());
    } catch (InvalidInputException e) {
      e.errors().forEach(err -> spec.commandLine().getErr().println(problem(err)));
      return 2;
    }
    spec.commandLine()
        .getOut()
        .println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
    return 0;
  }

  /**
   * An error as the command line's options name it: "invalid --lat: ...", "invalid --lat, --lon and
   * --zip: given together; ...", or, with no place at all, which options give one.
   */
  static String problem(InvalidInputException.FieldError error) {
    if (error.field().equals("place")) {
      return "missing place: give one of --lat and --lon, --state, --county, --zip, --address, "
          + "or --street/--city/--state/--zip";
    }
    return "invalid " + error.describe(field -> "--" + field);
  }

  private static void put(Map<String, List<String>> params, String name, String value) {
    if (value != null) {
      params.put(name, List.of(value));
    }
  }
}
