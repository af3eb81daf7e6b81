package org.aorresolver;

import java.nio.file.Path;
import org.aorresolver.data.GeodataException;
import org.aorresolver.data.GeodataFiles;
import org.aorresolver.data.GeodataLoader;

/** The geodata shipped in {@code geodata/}, loaded once for all tests. */
public final class TestData {
  public static final Path GEODATA = Path.of("geodata");

  private static Geodata shipped;

  private TestData() {}

  public static synchronized Geodata shipped() {
    if (shipped == null) {
      try {
        shipped = GeodataLoader.load(GeodataFiles.directory(GEODATA));
      } catch (GeodataException e) {
        throw new IllegalStateException(e);
      }
    }
    return shipped;
  }
}
