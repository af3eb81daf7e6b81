package org.aorresolver.http;

import java.util.List;

/**
 * How the HTTP service runs. Built once by the {@code serve} command from flags, then environment,
 * then these defaults.
 *
 * @param host interface to bind; loopback unless configured
 * @param port TCP port; 0 picks a free one
 * @param corsOrigins origins allowed by CORS; empty disables CORS, {@code *} allows any
 * @param gzip compress responses (gzip) when the client accepts it
 * @param batchMaxRows most rows {@code POST /v1/resolve/batch} takes in one request (413 beyond)
 */
public record ServiceConfig(
    String host, int port, List<String> corsOrigins, boolean gzip, long batchMaxRows) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_BATCH_MAX_ROWS = 1_000_000;

  public ServiceConfig {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** Loopback, port 8080, no CORS, gzip on, batches up to a million rows. */
  public static ServiceConfig defaults() {
    return new ServiceConfig(DEFAULT_HOST, DEFAULT_PORT, List.of(), true, DEFAULT_BATCH_MAX_ROWS);
  }

  public ServiceConfig withPort(int newPort) {
    return new ServiceConfig(host, newPort, corsOrigins, gzip, batchMaxRows);
  }

  public ServiceConfig withBatchMaxRows(long rows) {
    return new ServiceConfig(host, port, corsOrigins, gzip, rows);
  }
}
