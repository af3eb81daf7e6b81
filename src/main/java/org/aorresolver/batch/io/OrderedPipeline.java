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
 */
public final class OrderedPipeline {
  /** Turns one chunk into output. One instance per thread. */
  public interface Worker {
    /** {@code carry} is what the previous chunk left unfinished, or null. */
    Piece process(Chunk chunk, Carry carry, ByteSink out);
  }

  /** What a worker needs to finish a record that runs into the next chunk. */
  public interface Carry {}

  /** What one chunk became: its output, counts by kind, and any unfinished record. */
  public record Piece(Chunk chunk, ByteSink out, long[] counts, Carry carry) {}

  /** Receives the pieces in order, on the calling thread. */
  public interface Sink {
    void accept(Piece piece) throws IOException;
  }

  /** Output is a few times the input (answer columns are longer than coordinates). */
  private static final int SINK_FACTOR = 4;

  private final Splitter in;
  private final int sinkBytes;
  private final Supplier<Worker> workers;
  private final Sink sink;
  private final BlockingQueue<ByteSink> sinks = new ArrayBlockingQueue<>(64);

  private OrderedPipeline(Splitter in, Supplier<Worker> workers, Sink sink) {
    this.in = in;
    this.sinkBytes = in.chunkBytes() * SINK_FACTOR;
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
      carry = p.carry();
      emit(p);
      in.recycle(chunk);
    }
    if (carry != null) {
      emit(own.process(Chunk.END, carry, sink()));
    }
  }

  private void emit(Piece p) throws IOException {
    sink.accept(p);
    sinks.offer(p.out());
  }

  private ByteSink sink() {
    ByteSink s = sinks.poll();
    if (s == null) {
      return new ByteSink(sinkBytes);
    }
    s.reset();
    return s;
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
      throw new IllegalStateException(e.getCause());
    }
  }
}
