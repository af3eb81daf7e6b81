package org.aorresolver.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import org.aorresolver.data.GeodataFiles;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A geodata folder on any file system Hadoop reads ({@code hdfs://}, {@code s3a://}, {@code
 * abfss://}, ...), as the executors' Hadoop configuration reaches it; a path without a scheme is a
 * local folder, read as the batch command reads {@code --geodata}.
 */
final class HadoopGeodata implements GeodataFiles {
  private final URI folder;

  private HadoopGeodata(URI folder) {
    this.folder = folder;
  }

  static GeodataFiles of(String location) {
    URI uri = URI.create(location.endsWith("/") ? location : location + "/");
    return uri.getScheme() == null || uri.getScheme().equals("file")
        ? GeodataFiles.directory(uri.getScheme() == null ? Path.of(location) : Path.of(uri))
        : new HadoopGeodata(uri);
  }

  @Override
  public InputStream open(String name) throws IOException {
    URI file = folder.resolve(name);
    return FileSystem.get(file, new Configuration()).open(new org.apache.hadoop.fs.Path(file));
  }

  @Override
  public String describe() {
    return folder.toString();
  }
}
