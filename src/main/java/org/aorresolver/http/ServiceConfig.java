package org.aorresolver.http;

import java.time.Duration;
import java.util.List;

/**
 * How the HTTP service runs. Built once by the {@code serve} command from flags, then environment,
 * then the defaults of {@link #defaults()}.
 *
 * @param host interface to bind; loopback unless configured
 * @param port TCP port; 0 picks a free one
 * @param corsOrigins origins allowed by CORS; empty disables CORS, {@code *} allows any
 * @param gzip compress responses (gzip) when the client accepts it
 * @param limits what one request may ask of the service
 * @param shutdownGrace how long in-flight requests may run on after shutdown starts; new ones get
 *     503
 * @param adminToken the token {@code POST /admin/reload} requires; null disables the admin routes
 * @param accessLog where to write one line a request: a file, {@link #STDERR}, or null for none
 */
public record ServiceConfig(
    String host,
    int port,
    List<String> corsOrigins,
    boolean gzip,
    Limits limits,
    Duration shutdownGrace,
    String adminToken,
    String accessLog) {
  /** The {@code accessLog} that writes to the standard error stream. */
  public static final String STDERR = "-";

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

  /**
   * Limits on requests, each answered with its own 4xx problem.
   *
   * @param maxHeaderBytes largest request line plus headers (so the longest URL); beyond: 414 or
   *     431
   * @param maxBodyBytes largest request body; beyond: 413
   * @param idleTimeout how long a connection may stay silent, also mid-request (slow bodies)
   * @param batchMaxRows most rows {@code POST /v1/resolve/batch} takes in one request; beyond: 413
   * @param maxBatchStreams batch requests answered at once; beyond: 429 with Retry-After
   * @param batchMemoryBytes heap the batch streams answered at once may hold together, each
   *     reserving the most its run can hold; beyond: 429 with Retry-After, and 413 for a file that
   *     needs more than all of it. 0: a quarter of the heap
   */
  public record Limits(
      int maxHeaderBytes,
      long maxBodyBytes,
      Duration idleTimeout,
      long batchMaxRows,
      int maxBatchStreams,
      long batchMemoryBytes) {
    public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
    public static final long DEFAULT_MAX_BODY_BYTES = 256L * 1024 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_BATCH_MAX_ROWS = 1_000_000;
    public static final int DEFAULT_MAX_BATCH_STREAMS = 4;

    public Limits {
      if (batchMemoryBytes <= 0) {
        batchMemoryBytes = Runtime.getRuntime().maxMemory() / 4;
      }
    }

    public static Limits defaults() {
      return new Limits(
          DEFAULT_MAX_HEADER_BYTES,
          DEFAULT_MAX_BODY_BYTES,
          DEFAULT_IDLE_TIMEOUT,
          DEFAULT_BATCH_MAX_ROWS,
          DEFAULT_MAX_BATCH_STREAMS,
          0);
    }
  }

  public ServiceConfig {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** Loopback, port 8080, no CORS, gzip on, default limits, 10 s shutdown grace, no admin token. */
  public static ServiceConfig defaults() {
    return new ServiceConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        List.of(),
        true,
        Limits.defaults(),
        DEFAULT_SHUTDOWN_GRACE,
        null,
        null);
  }

  public ServiceConfig withPort(int newPort) {
    return new ServiceConfig(
        host, newPort, corsOrigins, gzip, limits, shutdownGrace, adminToken, accessLog);
  }

  public ServiceConfig withCorsOrigins(List<String> origins) {
    return new ServiceConfig(
        host, port, origins, gzip, limits, shutdownGrace, adminToken, accessLog);
  }

  public ServiceConfig withLimits(Limits newLimits) {
    return new ServiceConfig(
        host, port, corsOrigins, gzip, newLimits, shutdownGrace, adminToken, accessLog);
  }

  public ServiceConfig withBatchMaxRows(long rows) {
    Limits l = limits;
    return withLimits(
        new Limits(
            l.maxHeaderBytes(),
            l.maxBodyBytes(),
            l.idleTimeout(),
            rows,
            l.maxBatchStreams(),
            l.batchMemoryBytes()));
  }

  public ServiceConfig withShutdownGrace(Duration grace) {
    return new ServiceConfig(host, port, corsOrigins, gzip, limits, grace, adminToken, accessLog);
  }

  public ServiceConfig withAdminToken(String token) {
    return new ServiceConfig(
        host, port, corsOrigins, gzip, limits, shutdownGrace, token, accessLog);
  }

  public ServiceConfig withAccessLog(String target) {
    return new ServiceConfig(
        host, port, corsOrigins, gzip, limits, shutdownGrace, adminToken, target);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ServiceConfig[host="
        + host
        + ", port="
        + port
        + ", corsOrigins="
        + corsOrigins
        + ", gzip="
        + gzip
        + ", limits="
        + limits
        + ", shutdownGrace="
        + shutdownGrace
        + ", adminToken="
        + (adminToken == null ? "none" : "set")
        + ", accessLog="
        + accessLog
        + "]";
  }
}
