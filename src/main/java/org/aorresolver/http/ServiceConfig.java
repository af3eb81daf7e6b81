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
 * @param maxHeaderBytes largest request line plus headers (so the longest URL); beyond: 414 or 431
 * @param maxBodyBytes largest request body; beyond: 413
 * @param idleTimeout how long a connection may stay silent, also mid-request (slow bodies)
 * @param shutdownGrace how long in-flight requests may run on after shutdown starts; new ones get
 *     503
 * @param adminToken the token {@code POST /admin/reload} requires; null disables the admin routes
 */
public record ServiceConfig(
    String host,
    int port,
    List<String> corsOrigins,
    boolean gzip,
    int maxHeaderBytes,
    long maxBodyBytes,
    Duration idleTimeout,
    Duration shutdownGrace,
    String adminToken) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
  public static final long DEFAULT_MAX_BODY_BYTES = 256L * 1024 * 1024;
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

  public ServiceConfig {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** Loopback, port 8080, no CORS, gzip on, 8 KiB of headers, 256 MiB bodies, no admin token. */
  public static ServiceConfig defaults() {
    return new ServiceConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        List.of(),
        true,
        DEFAULT_MAX_HEADER_BYTES,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_IDLE_TIMEOUT,
        DEFAULT_SHUTDOWN_GRACE,
        null);
  }

  public ServiceConfig withPort(int newPort) {
    return new ServiceConfig(
        host,
        newPort,
        corsOrigins,
        gzip,
        maxHeaderBytes,
        maxBodyBytes,
        idleTimeout,
        shutdownGrace,
        adminToken);
  }

  public ServiceConfig withCorsOrigins(List<String> origins) {
    return new ServiceConfig(
        host,
        port,
        origins,
        gzip,
        maxHeaderBytes,
        maxBodyBytes,
        idleTimeout,
        shutdownGrace,
        adminToken);
  }

  public ServiceConfig withLimits(int headerBytes, long bodyBytes, Duration idle) {
    return new ServiceConfig(
        host, port, corsOrigins, gzip, headerBytes, bodyBytes, idle, shutdownGrace, adminToken);
  }

  public ServiceConfig withShutdownGrace(Duration grace) {
    return new ServiceConfig(
        host,
        port,
        corsOrigins,
        gzip,
        maxHeaderBytes,
        maxBodyBytes,
        idleTimeout,
        grace,
        adminToken);
  }

  public ServiceConfig withAdminToken(String token) {
    return new ServiceConfig(
        host,
        port,
        corsOrigins,
        gzip,
        maxHeaderBytes,
        maxBodyBytes,
        idleTimeout,
        shutdownGrace,
        token);
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
        + ", maxHeaderBytes="
        + maxHeaderBytes
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", idleTimeout="
        + idleTimeout
        + ", shutdownGrace="
        + shutdownGrace
        + ", adminToken="
        + (adminToken == null ? "none" : "set")
        + "]";
  }
}
