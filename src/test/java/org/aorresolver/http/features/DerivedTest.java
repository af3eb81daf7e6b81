package org.aorresolver.http.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.aorresolver.Geodata;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.junit.jupiter.api.Test;

class DerivedTest {
  @Test
  void aValueIsMadeOncePerGeodataAndAgainWhenTheGeodataIsReplaced() throws Exception {
    Geodata d = TestData.shipped();
    Geodata reloaded =
        new Geodata(
            d.manifest(),
            d.counties(),
            d.countyAreas(),
            d.aors(),
            d.offices(),
            d.checkinOffices(),
            d.zips(),
            d.foreignLand());
    AtomicReference<Resolver> inService = new AtomicReference<>(Resolver.build(d));
    AtomicInteger made = new AtomicInteger();
    Derived<String> value = new Derived<>(inService::get, g -> "value " + made.incrementAndGet());

    ExecutorService requests = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> asks =
          IntStream.range(0, 32).mapToObj(i -> (Callable<String>) value::get).toList();
      List<Future<String>> answers = requests.invokeAll(asks);
      for (Future<String> a : answers) {
        assertThat(a.get()).isEqualTo("value 1");
      }
    } finally {
      requests.shutdown();
    }
    assertThat(made).hasValue(1);

    inService.set(Resolver.build(reloaded));

    assertThat(value.get()).isEqualTo("value 2");
    assertThat(value.get()).isEqualTo("value 2");
    assertThat(made).hasValue(2);
  }
}
