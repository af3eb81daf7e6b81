package org.aorresolver.spark;

import org.apache.spark.sql.SparkSession;

/** One local session for all tests: two cores, no web UI, on loopback only. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("aor-resolver-spark-tests")
              .config("spark.ui.enabled", false)
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", 2)
              .getOrCreate();
      AorFunctions.register(session);
    }
    return session;
  }
}
