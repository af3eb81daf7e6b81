package org.aorresolver.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpCachingTest {
  private static final String ETAG =
      HttpCaching.etag("6fa7a8e7545e", "0123456789abcdef0123456789", false);
  private static final String GZIP =
      HttpCaching.etag("6fa7a8e7545e", "0123456789abcdef0123456789", true);

  @Test
  void tagsAreStrongAndDifferPerCoding() {
    assertThat(ETAG).isEqualTo("\"6fa7a8e7545e-0123456789abcdef0123\"");
    assertThat(GZIP).isEqualTo("\"6fa7a8e7545e-0123456789abcdef0123-gzip\"");
  }

  @Test
  void ifNoneMatchMatchesAnyOfTheTagsGiven() {
    assertThat(HttpCaching.matches(ETAG, ETAG, GZIP)).isTrue();
    assertThat(HttpCaching.matches(GZIP, ETAG, GZIP)).isTrue();
    assertThat(HttpCaching.matches("\"other\"", ETAG, GZIP)).isFalse();
    assertThat(HttpCaching.matches(null, ETAG)).isFalse();
  }

  @Test
  void aListIsSearchedWithQuotedCommasKeptInTheirTag() {
    assertThat(HttpCaching.matches("\"a,b\", " + ETAG, ETAG)).isTrue();
    assertThat(HttpCaching.matches("\"a, " + ETAG.substring(1), ETAG)).isFalse();
  }

  @Test
  void weakTagsCompareWeakly() {
    assertThat(HttpCaching.matches("W/" + ETAG, ETAG)).isTrue();
    assertThat(HttpCaching.matches(ETAG, "W/" + ETAG)).isTrue();
  }

  @Test
  void aListThatCannotBeReadMatchesNothing() {
    assertThat(HttpCaching.matches("x\"" + ETAG, ETAG)).isFalse();
    assertThat(HttpCaching.matches("abc\"def\"", ETAG)).isFalse();
  }

  @Test
  void aStarMatchesEverything() {
    assertThat(HttpCaching.matches("*", ETAG)).isTrue();
  }

  @Test
  void gzipIsAcceptedWhenNamedWithAWeightAboveZero() {
    assertThat(HttpCaching.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(HttpCaching.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(HttpCaching.acceptsGzip("x-gzip")).isTrue();
    assertThat(HttpCaching.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(HttpCaching.acceptsGzip("gzip;q=zero")).isFalse();
  }

  @Test
  void aStarAcceptsGzipUnlessGzipIsNamed() {
    assertThat(HttpCaching.acceptsGzip("*")).isTrue();
    assertThat(HttpCaching.acceptsGzip("*;q=0")).isFalse();
    assertThat(HttpCaching.acceptsGzip("gzip;q=0, *")).isFalse();
  }

  @Test
  void anAcceptEncodingThatCannotBeReadIsNoGzip() {
    assertThat(HttpCaching.acceptsGzip("gz\"ip")).isFalse();
    assertThat(HttpCaching.acceptsGzip("\"")).isFalse();
  }

  @Test
  void noHeaderOrOtherCodingsAreNoGzip() {
    assertThat(HttpCaching.acceptsGzip(null)).isFalse();
    assertThat(HttpCaching.acceptsGzip("identity")).isFalse();
    assertThat(HttpCaching.acceptsGzip("br, deflate")).isFalse();
  }
}
