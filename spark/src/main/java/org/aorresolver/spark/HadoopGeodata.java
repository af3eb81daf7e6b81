package org.aorresolver.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import org.aorresolver.data.GeodataFiles;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkEnv;
import scala.Tuple2;

/**
 * A geodata folder on any file system Hadoop reads ({@code hdfs://}, {@code s3a://}, {@code
 * abfss://}, ...), with the executors' Hadoop configuration and the job's {@code spark.hadoop.*}
 * settings ({@code file:} too); a path without a scheme is a local folder, read as the batch
 * command reads {@code --geodata} (with the geometry snapshot beside it).
 */
final class HadoopGeodata implements GeodataFiles {
  private final URI folder;

  private HadoopGeodata(URI folder) {
    this.folder = folder;
  }

  static GeodataFiles of(String location) {
    URI uri = URI.create(location.endsWith("/") ? location : location + "/");
    return uri.getScheme() == null
        ? GeodataFiles.directory(Path.of(location))
        : new HadoopGeodata(uri);
  }

  @Override
  public InputStream open(String name) throws IOException {
    URI file = folder.resolve(name);
    return FileSystem.get(file, configuration()).open(new org.apache.hadoop.fs.Path(file));
  }

  /**
   * Hadoop's configuration with the job's {@code spark.hadoop.*} settings (credentials, endpoints).
   */
  private static Configuration configuration() {
    Configuration c = new Configuration();
    SparkEnv env = SparkEnv.get();
    if (env != null) {
      for (Tuple2<String, String> kv : env.conf().getAllWithPrefix("spark.hadoop.")) {
        c.set(kv._1(), kv._2());
      }
    }
    return c;
  }

  @Override
  public String describe() {
    return folder.toString();
  }
}
