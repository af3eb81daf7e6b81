package org.aorresolver.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a geodata folder is read from: a directory, or the copy embedded in the jar. */
public interface GeodataFiles {

  /** Opens a file of the folder by its relative name, e.g. {@code counties.geojson}. */
  InputStream open(String name) throws IOException;

  /** Describes the folder for messages, e.g. a path or "embedded". */
  String describe();

  /** Where a file of the folder is on disk, if it is (not for the data embedded in the jar). */
  default Optional<Path> path(String name) {
    return Optional.empty();
  }

  static GeodataFiles directory(Path dir) {
    return new GeodataFiles() {
      @Override
      public InputStream open(String name) throws IOException {
        return Files.newInputStream(dir.resolve(name));
      }

      @Override
      public String describe() {
        return dir.toString();
      }

      @Override
      public Optional<Path> path(String name) {
        return Optional.of(dir.resolve(name));
      }
    };
  }

  /** The geodata packaged into the jar under {@code /geodata/}. */
  static GeodataFiles embedded() {
    return new GeodataFiles() {
      @Override
      public InputStream open(String name) throws IOException {
        InputStream in = GeodataFiles.class.getResourceAsStream("/geodata/" + name);
        if (in == null) {
          throw new NoSuchFileException("embedded geodata/" + name);
        }
        return in;
      }

      @Override
      public String describe() {
        return "embedded geodata";
      }
    };
  }
}
