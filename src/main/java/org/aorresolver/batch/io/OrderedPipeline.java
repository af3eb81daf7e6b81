package org.aorresolver.batch.io;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Chunks of input turned into output on a pool of worker threads and written in input order, in
 * constant memory: a reading thread cuts chunks and hands them to the pool, at most {@code 2 x
 * threads} are in flight, and the calling thread writes the results as they complete in order.
 *
 * <p>A worker may stop before the end of its chunk, in a record that continues into the next chunk
 * (a quoted line break); it then returns what it needs to go on as a {@link Carry}, and the writing
 * thread processes the next chunk again with it, in place of that chunk's own result (which was
 * made as if the chunk started a record). At the end of the input a carry left over is given once
 * more, with the empty chunk {@link Chunk#END}.
 *
 * <p>A worker also stops, between rows, once its sink is {@link ByteSink#full() full}, and returns
 * the rows it left as {@code rest}, which the writing thread answers itself after writing what the
 * worker wrote (with the piece's carry, if it has one). So a chunk of rows whose answers are far
 * longer than they are (blank lines under a wide header) holds a bounded sink, not a sink as many
 * times the chunk: see {@link #heapBound}.
 */
public final class OrderedPipeline {
  /** Turns one chunk into output. One instance per thread. */
  public interface Worker {
    /** {@code carry} is what the previous piece left unfinished, or null. */
    Piece process(Chunk chunk, Carry carry, ByteSink out);
  }

  /** What a worker needs to go on with: a record that runs into the next chunk, say. */
  public interface Carry {}

  /**
   * What one chunk became: its output, counts by kind, the part of the chunk left unanswered
   * because the output was full ({@code rest}, null when none), and what the worker needs to go on
   * with the rest or, without one, with the next chunk ({@code carry}, null when nothing).
   */
  public record Piece(Chunk chunk, ByteSink out, long[] counts, Carry carry, Chunk rest) {
    public Piece(Chunk chunk, ByteSink out, long[] counts, Carry carry) {
      this(chunk, out, counts, carry, null);
    }

    /** A piece whose worker stopped, its sink full, before the row at {@code at}. */
    public static Piece stopped(Chunk chunk, ByteSink out, long[] counts, int at) {
      return new Piece(
          chunk, out, counts, null, new Chunk(chunk.bytes(), at, chunk.to(), chunk.last(), 0));
    }
  }

  /** Receives the pieces in order, on the calling thread. */
  public interface Sink {
    void accept(Piece piece) throws IOException;
  }

  /** Output is a few times the input (answer columns are longer than coordinates). */
  private static final int SINK_FACTOR = 4;

  /** A sink takes no further row past this many times the chunk (ZIP rows grow about 5 times). */
  private static final int SINK_LIMIT_FACTOR = 6;

  private final Splitter in;
  private final int sinkBytes;
  private final int sinkLimit;
  private final Supplier<Worker> workers;
  private final Sink sink;
  private final BlockingQueue<ByteSink> sinks = new ArrayBlockingQueue<>(64);

  private OrderedPipeline(Splitter in, Supplier<Worker> workers, Sink sink) {
    this.in = in;
    this.sinkBytes = in.chunkBytes() * SINK_FACTOR;
    this.sinkLimit = in.chunkBytes() * SINK_LIMIT_FACTOR;
    this.workers = workers;
    this.sink = sink;
  }

  /** Runs the whole input through workers on {@code threads} threads into {@code sink}. */
  public static void run(Splitter in, int threads, Supplier<Worker> workers, Sink sink)
      throws IOException {
    new OrderedPipeline(in, workers, sink).run(threads);
  }

  /** Where the writer takes the next answered chunk from, in input order; null at the end. */
  private interface Pieces {
    Piece next() throws IOException;
  }

  private void run(int threads) throws IOException {
    if (threads == 1) {
      // one thread: answer each chunk where it is read, no pool and no reader thread (small inputs)
      Worker worker = workers.get();
      write(
          () -> {
            Chunk c = in.next();
            return c == null ? null : worker.process(c, null, sink());
          });
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "batch-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ThreadLocal<Worker> local = ThreadLocal.withInitial(workers);
    BlockingQueue<Future<Piece>> queue = new ArrayBlockingQueue<>(2 * threads);
    Thread reader = new Thread(() -> read(pool, local, queue), "batch-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      write(() -> take(queue));
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  private void read(
      ExecutorService pool, ThreadLocal<Worker> local, BlockingQueue<Future<Piece>> q) {
    try {
      for (Chunk c = in.next(); c != null; c = in.next()) {
        Chunk chunk = c;
        q.put(pool.submit(() -> local.get().process(chunk, null, sink())));
      }
      q.put(CompletableFuture.completedFuture(null));
    } catch (IOException | RuntimeException e) {
      failed(q, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands a reading failure to the writing thread, behind the chunks already queued. */
  private static void failed(BlockingQueue<Future<Piece>> q, Exception e) {
    try {
      q.put(CompletableFuture.failedFuture(e));
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(Pieces pieces) throws IOException {
    Worker own = workers.get();
    Carry carry = null;
    for (Piece p = pieces.next(); p != null; p = pieces.next()) {
      Chunk chunk = p.chunk();
      if (carry != null) {
        sinks.offer(p.out());
        p = own.process(chunk, carry, sink());
      }
      carry = drain(own, p);
      in.recycle(chunk);
    }
    if (carry != null) {
      drain(own, own.process(Chunk.END, carry, sink()));
    }
  }

  /**
   * Writes {@code p}, then answers and writes the rows its worker left when its sink was full;
   * returns what the last of them left unfinished at the chunk's end, or null.
   */
  private Carry drain(Worker own, Piece p) throws IOException {
    emit(p);
    while (p.rest() != null) {
      p = own.process(p.rest(), p.carry(), sink());
      emit(p);
    }
    return p.carry();
  }

  private void emit(Piece p) throws IOException {
    sink.accept(p);
    sinks.offer(p.out());
  }

  private ByteSink sink() {
    ByteSink s = sinks.poll();
    if (s == null) {
      s = new ByteSink(sinkBytes);
      s.limit(sinkLimit);
      return s;
    }
    s.reset();
    return s;
  }

  /**
   * The most heap one run holds at once, in bytes, when no line is longer than {@code maxLineBytes}
   * and no row writes more than {@code maxRowOutputBytes}: the chunks in flight (with one thread,
   * the one being answered; with more, twice as many as threads queued, one the reader holds and
   * one being written), each with its input buffer and its sink (full, plus one row); the reader's
   * carry and the writer's joined chunk (three buffers); the writer's own sink; and, for each
   * thread that may be growing a sink, the old array beside the new.
   */
  public static long heapBound(
      int threads, int chunkBytes, int maxLineBytes, long maxRowOutputBytes) {
    long buffer = (long) chunkBytes + maxLineBytes + 2;
    long sink =
        ByteSink.capacityFor(
            (long) chunkBytes * SINK_FACTOR,
            (long) chunkBytes * SINK_LIMIT_FACTOR + maxRowOutputBytes);
    long pieces = threads == 1 ? 1 : 2L * threads + 2;
    long growing = threads == 1 ? 1 : threads + 1;
    return pieces * (buffer + sink) + 3 * buffer + sink + growing * sink / 2;
  }

  private static Piece take(BlockingQueue<Future<Piece>> queue) throws IOException {
    try {
      return queue.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
