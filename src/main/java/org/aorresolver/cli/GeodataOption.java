package org.aorresolver.cli;

import java.nio.file.Path;
import org.aorresolver.data.GeodataFiles;
import picocli.CommandLine.Option;

/** {@code --geodata DIR}: a geodata folder instead of the copy embedded in the jar. */
final class GeodataOption {
  @Option(
      names = "--geodata",
      paramLabel = "DIR",
      description =
          "geodata folder to use (default: the data embedded in the jar; env AOR_GEODATA)",
      defaultValue = "${env:AOR_GEODATA}")
  Path dir;

  GeodataFiles files() {
    return dir == null ? GeodataFiles.embedded() : GeodataFiles.directory(dir);
  }
}
