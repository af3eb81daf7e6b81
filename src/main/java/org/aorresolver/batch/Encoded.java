package org.aorresolver.batch;

/**
 * An {@link Outcome} with its added columns already encoded, as CSV fields and as NDJSON members
 * (with the usual names): what a repeated answer is written from.
 */
record Encoded(Outcome outcome, byte[] csv, byte[] json) {

  static Encoded of(Outcome o) {
    return new Encoded(o, o.csvBytes(), o.jsonBytes());
  }
}
