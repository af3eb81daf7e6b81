package org.aorresolver.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Raw HTTP/1.1 over a socket, for requests no well-behaved client would send. */
final class RawHttp {
  /**
   * A response: status, headers (lower-case names) and body; status 0 if the server closed without
   * answering.
   */
  record Response(int status, Map<String, String> headers, String body) {}

  private RawHttp() {}

  static Response send(int port, byte[] request, int timeoutMillis) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException refusedEarly) {
        // the server answered before the whole body and closed (a refusal before reading it):
        // its answer is read as curl reads it, "HTTP error before end of send"
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        all.write(buf, 0, n);
      }
    } catch (java.net.SocketException e) {
      // reset after the answer: keep what arrived
    }
    String text = all.toString(StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/") || end < 0) {
      return new Response(0, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    String body =
        new String(
            text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
  }

  /**
   * A response read as it arrives: the body of a chunked one decoded, its trailers, and whether it
   * ended properly (the last chunk, or all of its Content-Length); a transfer that broke off is not
   * complete.
   */
  record Streamed(
      int status,
      Map<String, String> headers,
      byte[] body,
      Map<String, String> trailers,
      boolean complete) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * Sends {@code head} then {@code body} on a new connection and reads the response as it comes.
   */
  static Streamed exchange(int port, String head, byte[] body, int timeoutMillis)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return readStreamed(new java.io.BufferedInputStream(socket.getInputStream()));
    }
  }

  /** Reads one response; the stream may break off anywhere. */
  static Streamed readStreamed(InputStream in) throws IOException {
    String status = line(in);
    Map<String, String> headers = fields(in);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> trailers = Map.of();
    boolean complete;
    try {
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
            size > 0;
            size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
          body.write(exactly(in, size));
          line(in);
        }
        trailers = fields(in);
        complete = true;
      } else if (headers.containsKey("content-length")) {
        body.write(exactly(in, Integer.parseInt(headers.get("content-length"))));
        complete = true;
      } else {
        in.transferTo(body);
        complete = false; // ended by closing: a cut looks the same
      }
    } catch (EOFException | java.net.SocketException e) {
      complete = false;
    }
    int code = status.isEmpty() ? 0 : Integer.parseInt(status.split(" ")[1]);
    return new Streamed(code, headers, body.toByteArray(), trailers, complete);
  }

  /** Reads the interim {@code 100 Continue} a request with {@code Expect: 100-continue} gets. */
  static void awaitContinue(InputStream in) throws IOException {
    String status = line(in);
    if (!status.startsWith("HTTP/1.1 100")) {
      throw new IOException("expected 100 Continue, got " + status);
    }
    fields(in);
  }

  private static Map<String, String> fields(InputStream in) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String l = line(in); !l.isEmpty(); l = line(in)) {
      int colon = l.indexOf(':');
      fields.put(
          l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
    }
    return fields;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the stream ended in a line");
      }
      line.write(c);
    }
    return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
  }

  private static byte[] exactly(InputStream in, int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new EOFException("the stream ended in a chunk");
    }
    return b;
  }

  static byte[] get(String rawTarget) {
    return ("GET " + rawTarget + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
