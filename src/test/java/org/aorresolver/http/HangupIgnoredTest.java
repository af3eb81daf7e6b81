package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service started with SIGHUP ignored (as under {@code nohup}) cannot reload on it, and says so
 * at start, naming the way that still works; one started normally says nothing of it.
 */
@Tag("slow")
class HangupIgnoredTest {
  @TempDir Path tmp;

  @Test
  void startedUnderNohupItWarnsThatReloadBySignalWillNotWork() throws Exception {
    try (ServerProcess server = ServerProcess.startIgnoringHangup("192m", tmp)) {
      assertThat(server.log())
          .contains("SIGHUP is ignored by this process")
          .contains("POST /admin/reload");
    }
  }

  @Test
  void startedNormallyItSaysNothingOfIt() throws Exception {
    try (ServerProcess server = ServerProcess.start("192m", tmp)) {
      server.awaitLog("aor-resolver on http://", Duration.ofSeconds(1));
      assertThat(server.log()).doesNotContain("SIGHUP");
    }
  }
}
