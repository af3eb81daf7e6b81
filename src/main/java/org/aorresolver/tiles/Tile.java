package org.aorresolver.tiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One encoded vector tile: its bytes, the same gzip-compressed (as tiles are usually stored and
 * served), and the SHA-256 of the bytes. A tile with no features is empty: zero bytes. Immutable;
 * the accessors return copies.
 */
public final class Tile {
  private final byte[] data;
  private final byte[] gzipped;
  private final String sha256;

  private Tile(byte[] data) {
    this.data = data.clone();
    this.gzipped = gzip(data);
    this.sha256 = sha256(data);
  }

  public static Tile of(byte[] data) {
    return new Tile(data);
  }

  public boolean isEmpty() {
    return data.length == 0;
  }

  public byte[] bytes() {
    return data.clone();
  }

  public byte[] gzipped() {
    return gzipped.clone();
  }

  /** The SHA-256 of {@link #bytes()} in lower-case hex. */
  public String sha256() {
    return sha256;
  }

  public int size() {
    return data.length;
  }

  /** An estimate of the heap the tile takes, for the cache's bound. */
  int retainedBytes() {
    return data.length + gzipped.length + 160;
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 32);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
