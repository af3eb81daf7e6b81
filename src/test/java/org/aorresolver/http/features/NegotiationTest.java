package org.aorresolver.http.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegotiationTest {
  @Test
  void browsersPreferHtml() {
    assertThat(
            Negotiation.prefersHtml(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"))
        .isTrue();
  }

  @Test
  void noHeaderOrAnythingPrefersJson() {
    assertThat(Negotiation.prefersHtml(null)).isFalse();
    assertThat(Negotiation.prefersHtml("*/*")).isFalse();
  }

  @Test
  void anAcceptThatCannotBeReadPrefersJson() {
    assertThat(Negotiation.prefersHtml("text/\"html\"")).isFalse();
  }

  @Test
  void jsonFirstPrefersJson() {
    assertThat(Negotiation.prefersHtml("application/json, text/html;q=0.9")).isFalse();
    assertThat(Negotiation.prefersHtml("application/json")).isFalse();
  }

  @Test
  void theMostSpecificRangeGivesAType() {
    assertThat(Negotiation.prefersHtml("text/*;q=0.9, application/json;q=0.5")).isTrue();
    assertThat(Negotiation.prefersHtml("text/html;q=0.1, */*")).isFalse();
    assertThat(Negotiation.prefersHtml("TEXT/HTML;level=1, application/json;q=0.5")).isTrue();
  }
}
