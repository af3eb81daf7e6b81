package org.aorresolver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scripts/serve} says what it is doing before it spends a minute building the jar. */
class ServeScriptTest {
  @TempDir Path root;

  @Test
  void saysItIsBuildingBeforeTheBuildStarts() throws Exception {
    Files.createDirectories(root.resolve("scripts"));
    Files.createDirectories(root.resolve("src/main"));
    Files.createDirectories(root.resolve("geodata"));
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Files.copy(Path.of("scripts/serve"), root.resolve("scripts/serve"));
    // a Maven that notes when it ran and fails, so the script stops there
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\necho 'maven ran' >&2\nexit 3\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProcessBuilder serve =
        new ProcessBuilder("bash", root.resolve("scripts/serve").toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    serve.environment().put("PATH", bin + ":/usr/bin:/bin");
    Process process = serve.start();
    List<String> err =
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .toList();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(err).hasSize(2);
    assertThat(err.get(0)).contains("building the jar, about a minute");
    assertThat(err.get(1)).isEqualTo("maven ran");
  }
}
