package org.aorresolver.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aorresolver.batch.answer.BatchResolver;
import org.aorresolver.batch.answer.Encoded;
import org.aorresolver.batch.answer.Outcome;
import org.aorresolver.batch.answer.RowResolver;
import org.aorresolver.batch.columns.ColumnMap;
import org.aorresolver.batch.columns.Dates;
import org.aorresolver.batch.columns.Role;
import org.aorresolver.batch.dates.DateReader;
import org.aorresolver.batch.dates.IsoDate;
import org.aorresolver.batch.io.ByteSink;
import org.aorresolver.batch.io.Chunk;
import org.aorresolver.batch.io.Decimal;
import org.aorresolver.batch.io.JsonLine;
import org.aorresolver.batch.io.LineEnds;
import org.aorresolver.batch.io.OrderedPipeline;
import org.aorresolver.batch.io.Utf8;

/**
 * Turns NDJSON lines into output lines: each object as it came with the {@link Outcome} members
 * added before its closing brace (an added name the object already has gets {@code aor_} in front).
 * Flat objects are read straight from the bytes; others by Jackson. A line that is not a JSON
 * object becomes an object with the error alone. One per thread.
 */
final class NdjsonRows implements OrderedPipeline.Worker {
  private static final byte[][] ADDED =
      Outcome.COLUMNS.stream()
          .map(c -> c.getBytes(StandardCharsets.US_ASCII))
          .toArray(byte[][]::new);
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** How Jackson's strict duplicate detection starts its message, before the name. */
  private static final String DUPLICATE = "Duplicate field '";

  private static final ObjectMapper LENIENT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final BatchResolver answers;
  private final RowResolver slow;
  private final int defaultKey;
  private final int maxRowBytes;
  private final DateReader dates;
  private final JsonLine json = new JsonLine();
  private final ByteSink clean = new ByteSink(256);
  private final int[] member = new int[Role.values().length];
  private int[] others = new int[16];
  private int otherCount;
  private final JsonKeys keys;
  private String twice;
  private ByteSink out;
  private long[] counts;

  NdjsonRows(BatchResolver answers, BatchOptions options, Columns columns) {
    this.answers = answers;
    this.dates = columns.dates();
    this.slow = new RowResolver(answers, options.when(), dates, false);
    this.defaultKey = BatchResolver.key(options.when());
    this.maxRowBytes = options.maxRowBytes();
    this.keys = new JsonKeys(columns.map(), options.columns());
  }

  /**
   * The keys of a file, mapped from those of its first object as a CSV header is; the dates are
   * read as the date key's values in the lines of the first chunk (at most {@link
   * Batch#DATE_SAMPLE}) tell. A first line that is no object maps no key: names are then recognised
   * line by line.
   */
  static Columns columns(Chunk first, BatchOptions options) {
    byte[] b = first.bytes();
    List<String> keys = new ArrayList<>();
    int s = first.from();
    for (JsonNode o = null; o == null && s < first.to(); s = nextLine(b, s, first.to())) {
      o = object(b, s, first.to());
      if (o != null) {
        o.fieldNames().forEachRemaining(keys::add);
      }
    }
    ColumnMap map = ColumnMap.of(keys, options.columns());
    int d = map.column(Role.DATE);
    if (d < 0) {
      return new Columns(0, map, (byte) ',', null);
    }
    List<String> sample = new ArrayList<>();
    for (s = first.from(); s < first.to() && sample.size() < Batch.DATE_SAMPLE; ) {
      JsonNode o = object(b, s, first.to());
      JsonNode v = o == null ? null : o.get(keys.get(d));
      if (v != null && v.isValueNode() && v.asText().length() <= Batch.DATE_LENGTH) {
        sample.add(v.asText());
      }
      s = nextLine(b, s, first.to());
    }
    return new Columns(0, map, (byte) ',', Dates.reader(options.columns(), sample));
  }

  /** The object on the line at {@code s}, or null when it is none. */
  private static JsonNode object(byte[] b, int s, int to) {
    try {
      JsonNode n = LENIENT.readTree(b, s, LineEnds.find(b, s, to) - s);
      return n != null && n.isObject() ? n : null;
    } catch (IOException e) {
      return null; // an error row in its turn
    }
  }

  private static int nextLine(byte[] b, int s, int to) {
    int nl = LineEnds.find(b, s, to);
    return nl < to ? LineEnds.after(b, nl, to) : nl;
  }

  @Override
  public OrderedPipeline.Piece process(Chunk chunk, OrderedPipeline.Carry carry, ByteSink sink) {
    out = sink;
    counts = new long[Outcome.Kind.values().length];
    byte[] b = chunk.bytes();
    if (chunk.longLine()) {
      error(Outcome.error("row-too-long", tooLong(chunk.longLineBytes())));
      return new OrderedPipeline.Piece(chunk, out, counts, null);
    }
    int s = chunk.from();
    while (s < chunk.to()) {
      if (out.full()) {
        return OrderedPipeline.Piece.stopped(chunk, out, counts, s);
      }
      int nl = s;
      boolean special = false;
      for (byte c; nl < chunk.to() && ((c = b[nl]) > '\r' || !LineEnds.isEnd(c)); nl++) {
        special |= c <= 0;
      }
      int mark = out.size();
      try {
        line(b, s, nl, special);
      } catch (RuntimeException e) {
        out.truncate(mark);
        error(Outcome.error("internal-error", String.valueOf(e)));
      }
      s = nl < chunk.to() ? LineEnds.after(b, nl, chunk.to()) : nl;
    }
    return new OrderedPipeline.Piece(chunk, out, counts, null);
  }

  /** One line; {@code special} when it has NUL or bytes above ASCII. */
  private void line(byte[] b, int s, int e, boolean special) {
    if (e - s > maxRowBytes) {
      error(Outcome.error("row-too-long", tooLong(e - s)));
      return;
    }
    while (s < e && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    if (s == e) {
      error(Outcome.error("blank-line", "the line is empty"));
      return;
    }
    if (special && !Utf8.clean(b, s, e)) {
      clean.reset();
      Utf8.sanitize(b, s, e, clean);
      object(clean.array(), 0, clean.size(), CsvRows.REPLACED);
    } else {
      object(b, s, e, null);
    }
  }

  private void object(byte[] b, int s, int e, String note) {
    if (!json.scan(b, s, e) || !findMembers(b)) {
      parsed(b, s, e, note);
      return;
    }
    List<String> names = keys.names(json, b);
    twice = twice != null ? twice : JsonKeys.repeated(json, b, others, otherCount);
    if (twice != null) {
      write(b, s, json.closing(), true, names, noted(Outcome.error("duplicate-key", twice), note));
      return;
    }
    if (note == null && names == Outcome.COLUMNS && fast(b, s)) {
      return;
    }
    String[] v = new String[Role.values().length];
    for (Role f : Role.values()) {
      v[f.ordinal()] = member[f.ordinal()] < 0 ? null : text(b, member[f.ordinal()]);
    }
    Encoded answer = slow.resolve(v);
    if (note == null && names == Outcome.COLUMNS && json.members() > 0) {
      out.write(b, s, json.closing());
      out.write(answer.json());
      out.write('\n');
      counts[answer.outcome().status().ordinal()]++;
    } else {
      write(b, s, json.closing(), json.members() > 0, names, noted(answer.outcome(), note));
    }
  }

  /**
   * Which member holds each field, and which hold none ({@link #others}); false when one that is
   * read has escapes. Two members naming the same field ({@code lat} and {@code Latitude}, or
   * {@code lat} twice) set {@link #twice}.
   */
  private boolean findMembers(byte[] b) {
    Arrays.fill(member, -1);
    twice = null;
    otherCount = 0;
    for (int m = 0; m < json.members(); m++) {
      Role f = keys.field(b, json.keyStart(m), json.keyEnd(m));
      if (f == null) {
        others = otherCount == others.length ? Arrays.copyOf(others, 2 * otherCount) : others;
        others[otherCount++] = m;
      } else if (member[f.ordinal()] >= 0) {
        twice = JsonKeys.sameField(key(b, member[f.ordinal()]), key(b, m));
        return true;
      } else if (json.escaped(m)) {
        return false;
      } else {
        member[f.ordinal()] = m;
      }
    }
    return true;
  }

  private String key(byte[] b, int m) {
    int from = json.keyStart(m);
    return new String(b, from, json.keyEnd(m) - from, StandardCharsets.UTF_8);
  }

  private boolean fast(byte[] b, int s) {
    int la = member[Role.LAT.ordinal()];
    int lo = member[Role.LON.ordinal()];
    int d = member[Role.DATE.ordinal()];
    if (la < 0 || lo < 0) {
      return false;
    }
    double y = Decimal.parse(b, json.valueStart(la), json.valueEnd(la));
    double x = Decimal.parse(b, json.valueStart(lo), json.valueEnd(lo));
    if (!(Math.abs(y) <= 90 && Math.abs(x) <= 180)) {
      return false;
    }
    int key = defaultKey;
    if (d >= 0 && json.kind(d) != JsonLine.Value.LITERAL) {
      int day = day(b, d);
      if (day < 0 || json.kind(d) != JsonLine.Value.STRING) {
        return false;
      }
      key = BatchResolver.keyOfDay(day);
    } else if (d >= 0 && !"null".equals(text(b, d))) {
      return false;
    }
    int i = answers.pointIndex(y, x, key);
    if (i < 0) {
      return false;
    }
    Outcome near = answers.mayBeNear(y, x, key) ? answers.near(i, y, x) : null;
    out.write(b, s, json.closing());
    if (near == null) {
      out.write(answers.json(i));
    } else {
      near.writeJson(out, true, Outcome.COLUMNS);
    }
    out.write('\n');
    counts[answers.plain(i).status().ordinal()]++;
    return true;
  }

  /** A date member's day as {@code yyyymmdd}, or -1. */
  private int day(byte[] b, int m) {
    int from = json.valueStart(m);
    int to = json.valueEnd(m);
    return dates == null ? IsoDate.parse(b, from, to) : dates.read(b, from, to);
  }

  /** A line the flat reader could not take: parsed by Jackson, or an error if it is no object. */
  private void parsed(byte[] b, int s, int e, String note) {
    JsonNode node;
    try {
      node = tree(b, s, e);
    } catch (JsonProcessingException ex) {
      error(noted(Outcome.error("invalid-json", "not JSON: " + ex.getOriginalMessage()), note));
      return;
    } catch (IOException ex) {
      error(Outcome.error("invalid-json", "not JSON: " + ex.getMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      error(noted(Outcome.error("invalid-json", "the line is not a JSON object"), note));
      return;
    }
    String[] v = new String[Role.values().length];
    List<String> have = new ArrayList<>();
    Map<Role, String> named = new EnumMap<>(Role.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> m = it.next();
      have.add(m.getKey());
      Role f = keys.field(m.getKey());
      String first = f == null ? null : named.putIfAbsent(f, m.getKey());
      if (first != null && twice == null) {
        twice = JsonKeys.sameField(first, m.getKey());
      } else if (f != null && first == null) {
        JsonNode n = m.getValue();
        v[f.ordinal()] = n.isNull() ? null : n.isValueNode() ? n.asText() : n.toString();
      }
    }
    int closing = e - 1;
    while (b[closing] != '}') {
      closing--;
    }
    Outcome o = twice != null ? Outcome.error("duplicate-key", twice) : slow.resolve(v).outcome();
    write(b, s, closing, node.size() > 0, JsonKeys.names(have), noted(o, note));
  }

  /** The line as a tree; a name repeated in an object sets {@link #twice} (the last is kept). */
  private JsonNode tree(byte[] b, int s, int e) throws IOException {
    twice = null;
    try {
      return MAPPER.readTree(b, s, e - s);
    } catch (JsonParseException ex) {
      String m = ex.getOriginalMessage();
      if (m == null || !m.startsWith(DUPLICATE)) {
        throw ex;
      }
      twice = JsonKeys.sameName(m.substring(DUPLICATE.length(), m.length() - 1));
      return LENIENT.readTree(b, s, e - s);
    }
  }

  private String text(byte[] b, int m) {
    if (json.kind(m) == JsonLine.Value.LITERAL) {
      String t = ascii(b, json.valueStart(m), json.valueEnd(m));
      return t.equals("null") ? null : t;
    }
    int from = json.valueStart(m);
    return new String(b, from, json.valueEnd(m) - from, StandardCharsets.UTF_8);
  }

  private void write(byte[] b, int s, int closing, boolean comma, List<String> names, Outcome o) {
    out.write(b, s, closing);
    o.writeJson(out, comma, names);
    out.write('\n');
    counts[o.status().ordinal()]++;
  }

  private void error(Outcome o) {
    out.write('{');
    o.writeJson(out, false, Outcome.COLUMNS);
    out.write('\n');
    counts[o.status().ordinal()]++;
  }

  private String tooLong(long length) {
    return String.format(
        Locale.ROOT, "the line has %,d bytes; the limit is %,d", length, maxRowBytes);
  }

  private static Outcome noted(Outcome o, String note) {
    return note == null ? o : o.withNote(note);
  }

  private static String ascii(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
