package org.aorresolver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code serve} says in one line, before loading any data, that its port is taken. */
class ServeCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int serve(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "serve";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.run(
        all,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aPortInUseIsOneLineNamingItBeforeAnyDataIsLoaded() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      // geodata that does not exist: loading it would fail with another message
      int code = serve("--port", Integer.toString(port), "--geodata", "no-such-geodata-folder");

      String message = err.toString(StandardCharsets.UTF_8);
      assertThat(code).isEqualTo(1);
      assertThat(message.lines()).hasSize(1);
      assertThat(message)
          .startsWith("aor-resolver: cannot listen on 127.0.0.1:" + port + ": ")
          .contains("--port")
          .doesNotContain("geodata")
          .doesNotContain("Exception");
      assertThat(out.size()).isZero();
    }
  }

  @Test
  void anAccessLogThatCannotBeWrittenIsSaidBeforeAnyDataIsLoaded() {
    int code =
        serve(
            "--port",
            "0",
            "--geodata",
            "no-such-geodata-folder",
            "--access-log",
            "no-such-folder/access.log");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--access-log: cannot write no-such-folder/access.log")
        .doesNotContain("geodata:");
  }
}
