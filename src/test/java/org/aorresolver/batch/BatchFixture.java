package org.aorresolver.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aorresolver.Resolver;
import org.aorresolver.TestData;
import org.aorresolver.batch.answer.BatchResolver;

/** The shipped geodata's batch resolver, built once, and helpers to run batches in memory. */
public final class BatchFixture {
  private static BatchResolver resolver;

  private BatchFixture() {}

  public static synchronized BatchResolver resolver() {
    if (resolver == null) {
      resolver = BatchResolver.of(Resolver.build(TestData.shipped()));
    }
    return resolver;
  }

  /** Runs a batch over {@code input}; the output bytes. */
  static byte[] run(byte[] input, BatchOptions options) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Batch.open(new ByteArrayInputStream(input), options).run(resolver(), out, rows -> {});
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (BatchInputException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] run(String input, BatchOptions options) {
    return run(input.getBytes(StandardCharsets.UTF_8), options);
  }

  /** CSV rows as lists of fields, header included. */
  public static List<List<String>> csv(byte[] output) {
    return csv(output, ',');
  }

  /** The same with fields apart by {@code delimiter}. */
  public static List<List<String>> csv(byte[] output, char delimiter) {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
    try (MappingIterator<List<String>> it =
        mapper.readerForListOf(String.class).with(schema).readValues(output)) {
      it.forEachRemaining(rows::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** NDJSON lines as trees. */
  public static List<JsonNode> ndjson(byte[] output) {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
      try {
        rows.add(mapper.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  /** The added columns of a CSV row whose input had {@code inputColumns} columns. */
  public static List<String> added(List<String> row, int inputColumns) {
    return row.subList(inputColumns, row.size());
  }
}
