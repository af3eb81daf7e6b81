package org.aorresolver.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Where {@code batch} writes OUT, so that OUT is never a wrong file: either as it was before the
 * run, or complete. A file is written beside OUT as {@code OUT.partial-PID} (in the same directory,
 * so that the rename is atomic), forced to disk, and renamed onto OUT only when the batch is done;
 * a failed run, SIGINT or SIGTERM delete it. After {@code kill -9} the {@code .partial} file is the
 * only trace. Standard output, and an OUT that is not a regular file (a pipe, {@code /dev/null}),
 * are written in place. OUT ending in {@code .gz} is gzip-compressed.
 */
final class BatchOutput implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final Path target;
  private final Path partial;
  private final FileChannel channel;
  private final OutputStream stream;
  private final Thread onSignal;
  private boolean finished;

  private BatchOutput(
      Path target,
      Path partial,
      FileChannel channel,
      OutputStream raw,
      String name,
      PrintWriter err)
      throws IOException {
    this.target = target;
    this.partial = partial;
    this.channel = channel;
    OutputStream buffered = new BufferedOutputStream(raw, BUFFER);
    this.stream = name.endsWith(".gz") ? new GZIPOutputStream(buffered, BUFFER) : buffered;
    this.onSignal =
        new Thread(
            () -> {
              if (abandon()) {
                err.println("batch: stopped; " + name + " was not written");
                err.flush();
              }
            },
            "batch-output-cleanup");
  }

  /**
   * The output named {@code name}: {@code -} for {@code stdout}; {@code err} hears when a signal
   * stops the run.
   */
  static BatchOutput create(String name, PrintStream stdout, PrintWriter err) throws IOException {
    if (name.equals("-")) {
      return new BatchOutput(null, null, null, nonClosing(stdout), name, err);
    }
    Path out = Path.of(name);
    if (Files.exists(out) && !Files.isRegularFile(out)) {
      return new BatchOutput(null, null, null, Files.newOutputStream(out), name, err);
    }
    Path target = Files.exists(out) ? out.toRealPath() : out.toAbsolutePath();
    Path partial = null;
    FileChannel channel = null;
    for (int n = 0; channel == null; n++) {
      partial = target.resolveSibling(partialName(target, n));
      try {
        channel =
            FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        // a leftover of a killed run that had the same process id: take the next name
      }
    }
    keepPermissions(target, partial);
    BatchOutput output =
        new BatchOutput(target, partial, channel, Channels.newOutputStream(channel), name, err);
    Runtime.getRuntime().addShutdownHook(output.onSignal);
    return output;
  }

  OutputStream stream() {
    return stream;
  }

  /** Finishes the output: flushed, and for a file forced to disk and renamed onto OUT. */
  void commit() throws IOException {
    if (stream instanceof GZIPOutputStream gz) {
      gz.finish();
    }
    stream.flush();
    if (partial == null) {
      stream.close();
      return;
    }
    channel.force(true);
    stream.close();
    synchronized (this) {
      if (finished) {
        throw new IOException("stopped by a signal before " + target + " was written");
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      finished = true;
    }
    forgetSignals();
    forceDirectory(target.getParent());
  }

  /** Without {@link #commit}: the partial file is deleted, OUT left as it was. */
  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } catch (IOException e) {
      // the run failed already; what matters is that no partial file stays
    }
    abandon();
    forgetSignals();
  }

  private void forgetSignals() {
    if (partial != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs, and finds nothing left to do
      }
    }
  }

  /** Deletes the partial file unless it became OUT; true when it did so. */
  private synchronized boolean abandon() {
    if (finished || partial == null) {
      return false;
    }
    finished = true;
    try {
      return Files.deleteIfExists(partial);
    } catch (IOException e) {
      return false;
    }
  }

  private static String partialName(Path target, int n) {
    long pid = ProcessHandle.current().pid();
    return target.getFileName() + ".partial-" + pid + (n == 0 ? "" : "-" + n);
  }

  /** A file replaced keeps its permissions. */
  private static void keepPermissions(Path target, Path partial) {
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(partial, Files.getPosixFilePermissions(target));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: the new file gets the default permissions
    }
  }

  /** Makes the rename itself durable; not possible on every file system. */
  private static void forceDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // the file's data is on disk; the directory entry follows with the file system's next sync
    }
  }

  /**
   * Standard output as a stream that is not closed with the batch, and that fails, as a file would,
   * when the output cannot be written (a print stream only sets a flag): a closed pipe or a full
   * disk stops the batch with exit code 1 instead of losing rows silently.
   */
  private static OutputStream nonClosing(PrintStream console) {
    return new FilterOutputStream(console) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        console.write(b, off, len);
        failIfUnwritten();
      }

      @Override
      public void flush() throws IOException {
        failIfUnwritten(); // checkError flushes
      }

      @Override
      public void close() throws IOException {
        flush();
      }

      private void failIfUnwritten() throws IOException {
        if (console.checkError()) {
          throw new IOException("standard output cannot be written (closed or full)");
        }
      }
    };
  }
}
