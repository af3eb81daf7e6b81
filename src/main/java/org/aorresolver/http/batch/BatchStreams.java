package org.aorresolver.http.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch streams being answered, admitted by count and by memory: each reserves the most heap
 * its run can hold ({@link org.aorresolver.batch.Batch#heapBound}), and a stream is admitted only
 * while the reservations together stay within the budget, a share of the heap. At shutdown, the
 * streams still running when the grace is over are cut, each with a log line. Thread-safe.
 */
public final class BatchStreams {
  private static final Logger LOG = LoggerFactory.getLogger(BatchStreams.class);

  private final long budget;
  private final int maxStreams;
  private final Set<Stream> running = new LinkedHashSet<>();
  private long reserved;

  public BatchStreams(long budgetBytes, int maxStreams) {
    this.budget = budgetBytes;
    this.maxStreams = maxStreams;
  }

  /** A new stream holding {@code bytes} of the budget, or null when it does not fit now. */
  synchronized Stream admit(String request, long bytes) {
    if (running.size() >= maxStreams || reserved + bytes > budget) {
      return null;
    }
    Stream s = new Stream(request, bytes);
    reserved += bytes;
    running.add(s);
    return s;
  }

  public synchronized int active() {
    return running.size();
  }

  public synchronized long reserved() {
    return reserved;
  }

  public long budget() {
    return budget;
  }

  /** Cuts the streams still running when the shutdown grace ran out, logging each. */
  public void cutAll(Duration grace) {
    List<Stream> late;
    synchronized (this) {
      late = new ArrayList<>(running);
    }
    for (Stream s : late) {
      LOG.warn(
          "shutdown: cut batch {} after {} rows, still answering when the {} s grace ran out",
          s.request,
          s.rows,
          grace.toSeconds());
      s.cut(new ShutdownException(grace));
    }
  }

  /** One admitted stream: its reservation, the rows written so far, and how to cut it. */
  final class Stream implements AutoCloseable {
    final String request;
    private long bytes;
    private volatile long rows;
    private volatile Runnable cutter;
    private volatile ShutdownException cutBy;

    private Stream(String request, long bytes) {
      this.request = request;
      this.bytes = bytes;
    }

    /**
     * Holds {@code newBytes} of the budget instead; false (and nothing changed) if it does not fit.
     */
    boolean resize(long newBytes) {
      synchronized (BatchStreams.this) {
        if (newBytes > bytes && reserved - bytes + newBytes > budget) {
          return false;
        }
        reserved += newBytes - bytes;
        bytes = newBytes;
        return true;
      }
    }

    void rows(long written) {
      rows = written;
    }

    long rows() {
      return rows;
    }

    /** What cuts this stream's connection (at once if a shutdown has already cut it). */
    void cutter(Runnable cut) {
      cutter = cut;
      if (cutBy != null) {
        cut.run();
      }
    }

    /** The shutdown that cut this stream, or null. */
    ShutdownException cutBy() {
      return cutBy;
    }

    private void cut(ShutdownException why) {
      cutBy = why;
      Runnable c = cutter;
      if (c != null) {
        c.run();
      }
    }

    @Override
    public void close() {
      synchronized (BatchStreams.this) {
        if (running.remove(this)) {
          reserved -= bytes;
        }
      }
    }
  }

  /** Why a stream was cut at shutdown. */
  static final class ShutdownException extends IOException {
    private static final long serialVersionUID = 1L;

    ShutdownException(Duration grace) {
      super("the service is shutting down and its " + grace.toSeconds() + " s grace ran out");
    }
  }
}
