package org.aorresolver.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.aorresolver.PreciseGeodata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/build-geodata --vintage 2018} against a loopback HTTP server laid out as the
 * Census Bureau's, serving the shared Census files: what it downloads, the checksums it records and
 * pins, and how it refuses a file that does not match its pin, one that is not there and one that
 * arrives cut short.
 */
@Tag("slow")
class CensusDownloadTest {
  private static final String COUNTY_PATH = "/geo/tiger/GENZ2018/shp/cb_2018_us_county_500k.zip";
  private static final String STATE_PATH = "/geo/tiger/GENZ2018/shp/cb_2018_us_state_500k.zip";

  @TempDir Path dir;

  private HttpServer server;
  private final Map<String, byte[]> served = new ConcurrentHashMap<>();

  @BeforeEach
  void serve() throws IOException {
    PreciseGeodata.assumeCensusFiles();
    served.put(STATE_PATH, Files.readAllBytes(PreciseGeodata.STATES));
    served.put(COUNTY_PATH, countyZip());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = served.get(exchange.getRequestURI().getPath());
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** The Census county file as a zip, as the Census serves it (here with the GeoJSON inside). */
  private Path countyZipFile() throws IOException {
    Path geojson = dir.resolve("cb_2018_us_county_500k.geojson");
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(PreciseGeodata.COUNTIES))) {
      Files.copy(in, geojson);
    }
    return BuildScript.zip(dir.resolve("served.zip"), "", List.of(geojson));
  }

  private byte[] countyZip() throws IOException {
    return Files.readAllBytes(countyZipFile());
  }

  private BuildScript.Run download(String vintage, Path pins) throws Exception {
    return BuildScript.buildGeodata(
        "--vintage",
        vintage,
        "--resolution",
        "500k",
        "--census-url",
        "http://127.0.0.1:" + server.getAddress().getPort(),
        "--downloads",
        dir.resolve("downloads").toString(),
        "--pins",
        pins.toString(),
        "--download-only");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void downloadsTheFilesOfTheVintageAndPinsTheirChecksums() throws Exception {
    Path pins = dir.resolve("census-pins.json");

    BuildScript.Run first = download("2018", pins);

    assertThat(first.exitCode()).as(first.stderr()).isZero();
    assertThat(first.stdout())
        .contains("cb_2018_us_county_500k.zip: ", "cb_2018_us_state_500k.zip: ")
        .contains("(downloaded, pinned)");
    assertThat(dir.resolve("downloads/cb_2018_us_state_500k.zip"))
        .hasSameBinaryContentAs(PreciseGeodata.STATES);
    JsonNode pinned = new ObjectMapper().readTree(pins.toFile());
    assertThat(pinned.get("cb_2018_us_state_500k.zip").asText())
        .isEqualTo(sha256(served.get(STATE_PATH)))
        .isEqualTo("3d73612759167f50462888da6387e1f0421f2507705ba531313736aa1e78656c");
    assertThat(pinned.get("cb_2018_us_county_500k.zip").asText())
        .isEqualTo(sha256(served.get(COUNTY_PATH)));

    BuildScript.Run again = download("2018", pins);

    assertThat(again.exitCode()).as(again.stderr()).isZero();
    assertThat(again.stdout()).contains("(already there, matches its pin)");
  }

  @Test
  void recordsWhereEachFileCameFromAndItsChecksumForTheManifest() throws Exception {
    BuildScript.Run r =
        BuildScript.buildGeodata(
            "--vintage",
            "2018",
            "--census-url",
            "http://127.0.0.1:" + server.getAddress().getPort(),
            "--downloads",
            dir.resolve("downloads").toString(),
            "--inspect");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    String json = r.stdout().substring(r.stdout().indexOf('{'));
    JsonNode inputs = new ObjectMapper().readTree(json).get("boundaries").get("inputs");
    assertThat(inputs.get(0).get("url").asText()).endsWith(COUNTY_PATH);
    assertThat(inputs.get(0).get("sha256").asText()).isEqualTo(sha256(served.get(COUNTY_PATH)));
    assertThat(inputs.get(0).get("features").asInt()).isEqualTo(3220);
    assertThat(inputs.get(1).get("url").asText()).endsWith(STATE_PATH);
    assertThat(inputs.get(1).get("features").asInt()).isEqualTo(56);
  }

  @Test
  void refusesAFileThatDoesNotMatchItsPinAndKeepsNothingOfIt() throws Exception {
    Path pins = dir.resolve("census-pins.json");
    Files.writeString(
        pins,
        "{\"cb_2018_us_county_500k.zip\": \"" + "0".repeat(64) + "\"}",
        StandardCharsets.UTF_8);

    BuildScript.Run r = download("2018", pins);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr())
        .contains("cb_2018_us_county_500k.zip from http://127.0.0.1:")
        .contains("has sha256 " + sha256(served.get(COUNTY_PATH)))
        .contains("pins " + "0".repeat(64));
    assertThat(dir.resolve("downloads/cb_2018_us_county_500k.zip")).doesNotExist();
  }

  @Test
  void saysSoWhenTheVintageIsNotThere() throws Exception {
    BuildScript.Run r = download("2019", dir.resolve("pins.json"));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr())
        .contains("cannot download http://127.0.0.1:")
        .contains("/geo/tiger/GENZ2019/shp/cb_2019_us_county_500k.zip: HTTP 404");
    assertThat(dir.resolve("pins.json")).doesNotExist();
  }

  @Test
  void leavesNothingBehindWhenTheConnectionDropsMidTransfer() throws Exception {
    served.remove(STATE_PATH);
    try (ServerSocket dropping = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> dropAfterAThousandBytes(dropping), "dropping-server");
      t.setDaemon(true);
      t.start();
      // the county file from the server that works; the state file from one that hangs up
      server.createContext(
          STATE_PATH,
          exchange -> {
            exchange
                .getResponseHeaders()
                .add("Location", "http://127.0.0.1:" + dropping.getLocalPort() + STATE_PATH);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
          });

      BuildScript.Run r = download("2018", dir.resolve("pins.json"));

      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.stderr()).contains("cannot download").contains("cb_2018_us_state_500k.zip");
    }
    try (var files = Files.list(dir.resolve("downloads"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactly("cb_2018_us_county_500k.zip");
    }
    assertThat(dir.resolve("pins.json")).doesNotExist();
  }

  /** Answers each request with a promise of 1 MB, sends 1,000 bytes and closes the connection. */
  private static void dropAfterAThousandBytes(ServerSocket server) {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        s.getInputStream().read(new byte[8192]);
        OutputStream out = s.getOutputStream();
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\nContent-Type: application/zip\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[1000]);
        out.flush();
      } catch (IOException e) {
        return; // closed at the end of the test
      }
    }
  }
}
