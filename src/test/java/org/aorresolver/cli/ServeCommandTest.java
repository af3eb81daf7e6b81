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
  @Test
  void aPortInUseIsOneLineNamingItBeforeAnyDataIsLoaded() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      // geodata that does not exist: loading it would fail with another message
      int code =
          Main.run(
              new String[] {
                "serve", "--port", Integer.toString(port), "--geodata", "no-such-geodata-folder"
              },
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));

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
}
