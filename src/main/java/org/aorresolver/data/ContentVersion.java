package org.aorresolver.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data version of a geodata folder as it was read: the first 12 hex digits of the SHA-256 of
 * the JSON object giving each file's SHA-256 by name. It is the build's formula for the manifest's
 * {@code dataVersion}, applied here to the bytes actually read rather than to the checksums the
 * manifest lists, so a folder as built keeps the version its manifest gives, and any file changed
 * afterwards (a phone number in {@code offices.geojson}) gives a new version, and new entity tags,
 * on the next start or reload.
 */
final class ContentVersion {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContentVersion() {}

  /**
   * The version of the files listed and those read: {@code read} gives the SHA-256 of the files the
   * loader read; the others listed are read here to be hashed (a listed file that is missing counts
   * as such).
   */
  static String of(GeodataFiles files, Map<String, String> read, Set<String> listed) {
    Map<String, String> sums = new TreeMap<>(read);
    for (String name : listed) {
      sums.computeIfAbsent(name, n -> sha256(files, n));
    }
    try {
      return hex(digest().digest(MAPPER.writeValueAsBytes(sums))).substring(0, 12);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  static String sha256(byte[] bytes) {
    return hex(digest().digest(bytes));
  }

  private static String sha256(GeodataFiles files, String name) {
    MessageDigest digest = digest();
    try (InputStream in = files.open(name)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return hex(digest.digest());
    } catch (IOException e) {
      return "missing";
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
