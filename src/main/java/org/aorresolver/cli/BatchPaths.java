package org.aorresolver.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The checks on {@code batch IN OUT} made before anything is read or written: OUT must not be IN
 * (through hard links, symbolic links or another spelling of the path: the answer would replace the
 * input), nor a directory.
 */
final class BatchPaths {
  /** Where Linux shows the process's own standard input and output as files. */
  private static final Path STDIN = Path.of("/proc/self/fd/0");

  private static final Path STDOUT = Path.of("/proc/self/fd/1");

  private BatchPaths() {}

  /**
   * Why IN and OUT cannot be used together, or null. {@code -} is standard input or output; when
   * those are the process's own ({@code systemIn}, {@code systemOut}), a file redirected to them
   * counts too ({@code batch in.csv - >> in.csv}).
   */
  static String refusal(String in, String out, boolean systemIn, boolean systemOut) {
    Path input = in.equals("-") ? (systemIn ? STDIN : null) : Path.of(in);
    Path output = out.equals("-") ? (systemOut ? STDOUT : null) : Path.of(out);
    if (output != null && !out.equals("-") && Files.isDirectory(output)) {
      return out + " is a directory: name the file to write";
    }
    if (input != null && output != null && same(input, output)) {
      String what =
          in.equals("-")
              ? "standard input is " + out
              : out.equals("-")
                  ? "standard output is " + in
                  : in + " and " + out + " are the same file";
      return what + ": the answer would replace the input; name another OUT";
    }
    return null;
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false; // one of them cannot be looked at (no /proc here): nothing to compare
    }
  }

  /** An I/O failure in words, without the exception's class name. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }
}
