package org.aorresolver.batch.answer;

/**
 * An {@link Outcome} with its added columns encoded as CSV fields and as NDJSON members (with the
 * usual names): what a repeated answer is written from. An answer written once is encoded only in
 * the format it is written in.
 */
public final class Encoded {
  private final Outcome outcome;
  private byte[] csv;
  private byte[] json;

  private Encoded(Outcome outcome) {
    this.outcome = outcome;
  }

  /** Encoded in both formats now: for an answer that threads share (published safely). */
  static Encoded shared(Outcome o) {
    Encoded e = new Encoded(o);
    e.csv = o.csvBytes();
    e.json = o.jsonBytes();
    return e;
  }

  /** Encoded when first written: for an answer that one thread writes. */
  static Encoded once(Outcome o) {
    return new Encoded(o);
  }

  public Outcome outcome() {
    return outcome;
  }

  public byte[] csv() {
    if (csv == null) {
      csv = outcome.csvBytes();
    }
    return csv;
  }

  public byte[] json() {
    if (json == null) {
      json = outcome.jsonBytes();
    }
    return json;
  }
}
