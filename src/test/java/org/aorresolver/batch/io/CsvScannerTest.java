package org.aorresolver.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aorresolver.batch.io.CsvScanner.Kind;
import org.junit.jupiter.api.Test;

/** RFC 4180 records and the recovery rules, one behaviour a test. */
class CsvScannerTest {
  /** Each record as "KIND:field|field|..." (raw content between positions). */
  private static List<String> scan(String text, int expectedFields, int maxRow) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner(maxRow, expectedFields);
    List<String> out = new ArrayList<>();
    int pos = 0;
    while (pos < b.length) {
      Kind k = s.scan(b, pos, b.length, true);
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < s.fields() && k == Kind.RECORD; i++) {
        fields.add(new String(b, s.start(i), s.end(i) - s.start(i), StandardCharsets.UTF_8));
      }
      if (k != Kind.RECORD) {
        fields.add(
            new String(
                b, s.recordStart(), s.recordEnd() - s.recordStart(), StandardCharsets.UTF_8));
      }
      out.add(k + ":" + String.join("|", fields));
      pos = s.next();
    }
    return out;
  }

  private static List<String> scan(String text) {
    return scan(text, 3, 1000);
  }

  @Test
  void splitsPlainRecordsAtCommasAndLineBreaks() {
    assertThat(scan("a,b,c\n1,2,3\r\n4,5,6"))
        .containsExactly("RECORD:a|b|c", "RECORD:1|2|3", "RECORD:4|5|6");
  }

  @Test
  void readsQuotedFieldsWithCommasEscapedQuotesAndLineBreaks() {
    assertThat(scan("1,\"a, b\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",x\n"))
        .containsExactly("RECORD:1|a, b|say \"\"hi\"\"", "RECORD:2|two\nlines|x");
  }

  @Test
  void anUnclosedQuoteBreaksOnlyItsOwnLine() {
    assertThat(scan("1,\"open,x\n2,b,c\n3,\"q\",z\n"))
        .containsExactly("BROKEN_QUOTE:1,\"open,x", "RECORD:2|b|c", "RECORD:3|q|z");
  }

  @Test
  void textAfterAClosingQuoteBreaksTheLine() {
    assertThat(scan("1,\"a\"b,c\n2,b,c\n"))
        .containsExactly("BROKEN_QUOTE:1,\"a\"b,c", "RECORD:2|b|c");
  }

  @Test
  void aRecordSpanningLinesWithTheWrongFieldCountIsBroken() {
    assertThat(scan("1,\"x\ny\"\n3,b,c\n"))
        .containsExactly("BROKEN_QUOTE:1,\"x", "RECORD:y\"", "RECORD:3|b|c");
    assertThat(scan("1,\"x\ny\",z\n")).containsExactly("RECORD:1|x\ny|z");
  }

  @Test
  void aStrayQuoteInsideAFieldIsData() {
    byte[] b = "1,ab\"c,d\n".getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner(1000, 3);
    assertThat(s.scan(b, 0, b.length, true)).isEqualTo(Kind.RECORD);
    assertThat(s.stray()).isTrue();
    assertThat(s.fields()).isEqualTo(3);
  }

  @Test
  void blankLinesAreReportedAsSuch() {
    assertThat(scan("a,b,c\n\n\r\n1,2,3\n"))
        .containsExactly("RECORD:a|b|c", "BLANK:", "BLANK:", "RECORD:1|2|3");
  }

  @Test
  void aLineOverTheLimitIsTooLongAndScanningGoesOn() {
    String longLine = "1," + "x".repeat(50) + ",z";
    assertThat(scan("a,b,c\n" + longLine + "\n2,b,c\n", 3, 20))
        .containsExactly("RECORD:a|b|c", "TOO_LONG:" + longLine, "RECORD:2|b|c");
  }

  @Test
  void aQuotedFieldCutByTheEndOfAChunkAsksForMore() {
    byte[] b = "1,\"two\nlines".getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner(1000, 3);
    assertThat(s.scan(b, 0, b.length, false)).isEqualTo(Kind.INCOMPLETE);
    assertThat(s.scan(b, 0, b.length, true)).isEqualTo(Kind.BROKEN_QUOTE);
  }

  @Test
  void notesBytesAboveAsciiAndNul() {
    byte[] b = "1,Jos\u00e9,x\n".getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner(1000, 3);
    s.scan(b, 0, b.length, true);
    assertThat(s.special()).isTrue();
    byte[] nul = {'1', ',', 0, ',', 'x', '\n'};
    s.scan(nul, 0, nul.length, true);
    assertThat(s.special()).isTrue();
  }

  @Test
  void aLoneCrEndsARecordAsLfAndCrlfDo() {
    assertThat(scan("a,b,c\r1,2,3\r\n4,5,6\n7,8,9\r"))
        .containsExactly("RECORD:a|b|c", "RECORD:1|2|3", "RECORD:4|5|6", "RECORD:7|8|9");
    assertThat(scan("1,\"two\rlines\",x\r2,b,c"))
        .containsExactly("RECORD:1|two\rlines|x", "RECORD:2|b|c");
  }

  @Test
  void aCrBeforeCrlfIsALineOfItsOwn() {
    assertThat(scan("1,2,3\r\r\n4,5,6\n"))
        .containsExactly("RECORD:1|2|3", "BLANK:", "RECORD:4|5|6");
  }

  @Test
  void aQuotedFieldPastTheLimitMakesOneRecordThatEndsWhereItsQuoteCloses() {
    String field = "\"" + "line\n".repeat(20) + "end\"";
    String text = "1," + field + ",z\n2,b,c\n";

    assertThat(scan(text, 3, 30)).containsExactly("TOO_LONG:1," + field + ",z", "RECORD:2|b|c");
  }

  @Test
  void aRecordPastTheLimitKeepsReadingQuotesToFindItsEnd() {
    String text = "1," + "x".repeat(40) + ",\"a\nb\"\n2,b,c\n";

    assertThat(scan(text, 3, 20))
        .containsExactly("TOO_LONG:" + text.substring(0, text.indexOf("\"\n") + 1), "RECORD:2|b|c");
  }

  @Test
  void aQuotedFieldOpenAtTheEndOfTheDataIsSkippedOnInTheNext() {
    byte[] first = ("1,\"" + "x\n".repeat(30)).getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner(20, 3);

    assertThat(s.scan(first, 0, first.length, false)).isEqualTo(Kind.TOO_LONG);
    assertThat(s.quoteOpen()).isTrue();
    assertThat(s.next()).isEqualTo(first.length);

    byte[] second = "more\n\"\"still\nend\",z\n2,b,c\n".getBytes(StandardCharsets.UTF_8);
    assertThat(s.skip(second, 0, second.length)).isEqualTo(Kind.TOO_LONG);
    assertThat(s.quoteOpen()).isFalse();
    assertThat(new String(second, s.next(), second.length - s.next(), StandardCharsets.UTF_8))
        .isEqualTo("2,b,c\n");
  }

  @Test
  void aQuoteThatNeverClosesRunsToTheEndOfTheData() {
    byte[] b = ("1,\"" + "x\n".repeat(30)).getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner(20, 3);

    assertThat(s.scan(b, 0, b.length, true)).isEqualTo(Kind.TOO_LONG);
    assertThat(s.quoteOpen()).isTrue();
    assertThat(s.next()).isEqualTo(b.length);
  }

  @Test
  void aStrayQuoteIsToldFromALongFieldByTheLinesAfterIt() {
    String rows = "2,b,c\n".repeat(10);
    String commas = ",".repeat(200) + "\n";

    assertThat(scan("1,\"open\n" + rows, 3, 40).get(0)).isEqualTo("BROKEN_QUOTE:1,\"open");
    assertThat(scan("1,\"open\n" + commas + rows, 3, 40).get(0)).startsWith("TOO_LONG:");
  }
}
