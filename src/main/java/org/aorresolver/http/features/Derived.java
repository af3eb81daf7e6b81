package org.aorresolver.http.features;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aorresolver.Geodata;
import org.aorresolver.Resolver;

/**
 * A value made from the geodata in service (tiles, feature collections), made again when that data
 * is replaced. A value is made, in the background, when a request first needs it for the data it
 * sees (so that start-up does not pay for what may never be asked); that request and those that
 * come while it is being made wait for it. Nothing made from older data is kept. Thread-safe.
 */
final class Derived<T> {
  /** The value of one geodata, being made or made. */
  private record Made<T>(Geodata data, CompletableFuture<T> value) {}

  private final Supplier<Resolver> resolver;
  private final Function<Geodata, T> make;
  private final AtomicReference<Made<T>> made = new AtomicReference<>();

  Derived(Supplier<Resolver> resolver, Function<Geodata, T> make) {
    this.resolver = resolver;
    this.make = make;
  }

  /** The value for the geodata in service, waiting for it if it is still being made. */
  T get() {
    return current().value().join();
  }

  /**
   * Stops making values, when the server has stopped: one waiting for a thread is dropped (one
   * being made runs to its end, unused).
   */
  void stop() {
    Made<T> last = made.get();
    if (last != null) {
      last.value().cancel(false);
    }
  }

  private Made<T> current() {
    Geodata data = resolver.get().data();
    while (true) {
      Made<T> seen = made.get();
      if (seen != null && seen.data() == data) {
        return seen;
      }
      // claimed first, made after: of requests racing here, only the one that claims it makes it
      Made<T> fresh = new Made<>(data, new CompletableFuture<>());
      if (made.compareAndSet(seen, fresh)) {
        CompletableFuture.runAsync(() -> makeInto(fresh));
        return fresh;
      }
    }
  }

  private void makeInto(Made<T> m) {
    try {
      m.value().complete(make.apply(m.data()));
    } catch (RuntimeException | Error e) {
      m.value().completeExceptionally(e);
    }
  }
}
