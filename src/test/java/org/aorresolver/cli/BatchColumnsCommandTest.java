package org.aorresolver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aorresolver.batch.BatchFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} on files as people export them: other column names, dates as typed, other
 * delimiters, ZIP codes that lost their zeros; and never a silent wrong edition.
 */
class BatchColumnsCommandTest {
  /** Brownsville, TX: San Antonio's in the 2020 edition, Harlingen's in the 2021 edition. */
  private static final String BROWNSVILLE = "25.9017,-97.4975";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  @TempDir Path dir;

  private int run(String input, String... args) throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), input);
    String[] all = new String[args.length + 4];
    all[0] = "batch";
    all[1] = "--geodata=geodata";
    System.arraycopy(args, 0, all, 2, args.length);
    all[args.length + 2] = in.toString();
    all[args.length + 3] = dir.resolve("out.csv").toString();
    return Main.run(
        all,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<List<String>> rows(char delimiter) throws IOException {
    return BatchFixture.csv(Files.readAllBytes(dir.resolve("out.csv")), delimiter);
  }

  private List<List<String>> rows() throws IOException {
    return rows(',');
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Status, office and edition of a row whose input had {@code columns} columns. */
  private static List<String> answer(List<String> row, int columns) {
    return List.of(row.get(columns), row.get(columns + 2), row.get(columns + 8));
  }

  @Test
  void readsLngAndLatitudeAndSaysWhichColumnsItRead() throws IOException {
    assertThat(run("id,Latitude,LNG\n1," + BROWNSVILLE + "\n")).isZero();

    assertThat(answer(rows().get(1), 3)).containsExactly("Match", "HLG", "2021");
    assertThat(stderr())
        .startsWith("batch: columns id=id, lat=Latitude, lon=LNG, date=none; delimiter comma\n");
  }

  @Test
  void aDateColumnThatIsNotInTheHeaderIsRefusedListingTheColumns() throws IOException {
    String file = "id,lat,lon,date\n1," + BROWNSVILLE + ",2020-05-01\n";

    assertThat(run(file, "--date-column", "apprehension_date")).isEqualTo(2);

    assertThat(stderr())
        .contains(
            "date-column: the header has no column \"apprehension_date\"; its columns are: id,"
                + " lat, lon, date");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  @Test
  void theOnlyDateLikeColumnGivesEachRowItsEditionAndIsNamed() throws IOException {
    String file =
        "id,lat,lon,apprehension_date\n1,"
            + BROWNSVILLE
            + ",2020-05-01T14:22:00\n2,"
            + BROWNSVILLE
            + ",2022-01-15 08:00:00Z\n";

    assertThat(run(file)).isZero();

    assertThat(answer(rows().get(1), 4)).containsExactly("Match", "SNA", "2020");
    assertThat(answer(rows().get(2), 4)).containsExactly("Match", "HLG", "2021");
    assertThat(stderr())
        .contains(
            "date=apprehension_date (the only date-like column); dates as written (no date tells day or month first");
  }

  @Test
  void withAnEditionADateLikeColumnIsNotReadAndTheMappingSaysSo() throws IOException {
    String file = "id,lat,lon,apprehension_date\n1," + BROWNSVILLE + ",2022-01-15\n";

    assertThat(run(file, "--edition", "2020")).isZero();

    assertThat(answer(rows().get(1), 4)).containsExactly("Match", "SNA", "2020");
    assertThat(stderr()).contains("date=none; not read as dates: apprehension_date");
  }

  @Test
  void severalDateLikeColumnsAreRefusedUntilOneIsChosen() throws IOException {
    String file = "id,lat,lon,book_in_date,release_date\n1," + BROWNSVILLE + ",2020-05-01,\n";

    assertThat(run(file)).isEqualTo(2);
    assertThat(stderr()).contains("several date-like columns", "choose one with date-column");

    err.reset();
    assertThat(run(file, "--date-column", "Book In Date")).as(this::stderr).isZero();
    assertThat(answer(rows().get(1), 5)).containsExactly("Match", "SNA", "2020");
  }

  @Test
  void readsDatesAsPeopleWriteThem() throws IOException {
    String[] may2020 = {
      "5/1/2020",
      "05/01/20",
      "20200501",
      "May 1 2020",
      "1 May 2020",
      "43952",
      "2020-05-01T23:30:00-05:00"
    };
    StringBuilder file = new StringBuilder("id,lat,lon,date\n");
    for (int i = 0; i < may2020.length; i++) {
      file.append(i).append(',').append(BROWNSVILLE).append(',').append(may2020[i]).append('\n');
    }
    file.append("x,").append(BROWNSVILLE).append(",1/15/2022\n");

    assertThat(run(file.toString())).isZero();

    List<List<String>> rows = rows();
    for (int i = 1; i <= may2020.length; i++) {
      assertThat(answer(rows.get(i), 4)).as(may2020[i - 1]).containsExactly("Match", "SNA", "2020");
    }
    assertThat(answer(rows.get(may2020.length + 1), 4)).containsExactly("Match", "HLG", "2021");
    assertThat(stderr()).contains("dates month first (M/D/YYYY)");
  }

  @Test
  void daysFirstWithDotsAreReadDayFirst() throws IOException {
    assertThat(
            run(
                "id,lat,lon,date\n1,"
                    + BROWNSVILLE
                    + ",15.01.2022\n2,"
                    + BROWNSVILLE
                    + ",01.05.2020\n"))
        .isZero();

    assertThat(answer(rows().get(1), 4)).containsExactly("Match", "HLG", "2021");
    assertThat(answer(rows().get(2), 4)).containsExactly("Match", "SNA", "2020");
  }

  @Test
  void aFileWhoseDatesReadBothWaysIsRefusedUnlessAFormatIsGiven() throws IOException {
    String file =
        "id,lat,lon,date\n1," + BROWNSVILLE + ",03/04/2021\n2," + BROWNSVILLE + ",05/06/2020\n";

    assertThat(run(file)).isEqualTo(2);
    assertThat(stderr()).contains("'03/04/2021' can be read day first or month first");

    assertThat(run(file, "--date-format", "dd/MM/yyyy")).isZero();
    assertThat(answer(rows().get(2), 4)).as("5 June 2020").containsExactly("Match", "SNA", "2020");
  }

  @Test
  void oneBadDateInAGoodFileIsOneErrorRow() throws IOException {
    String file =
        "id,lat,lon,date\n1,"
            + BROWNSVILLE
            + ",5/1/2020\n2,"
            + BROWNSVILLE
            + ",13/45/2020\n"
            + "3,"
            + BROWNSVILLE
            + ",1/15/2022\n";

    assertThat(run(file)).isZero();

    List<List<String>> rows = rows();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(2).get(4)).isEqualTo("Error");
    assertThat(rows.get(2).get(14)).contains("'13/45/2020' is not a date", "month first");
    assertThat(answer(rows.get(3), 4)).containsExactly("Match", "HLG", "2021");
  }

  @Test
  void readsAEuropeanSemicolonFileWithDecimalCommasAndWritesSemicolons() throws IOException {
    String file =
        "id;Breite;Länge;Datum\n1;25,9017;-97,4975;01.05.2020\n2;26,19;-97,69;15.01.2022\n";

    assertThat(
            run(file, "--lat-column", "Breite", "--lon-column", "Länge", "--date-column", "Datum"))
        .isZero();

    String written = Files.readString(dir.resolve("out.csv"));
    assertThat(written).startsWith("id;Breite;Länge;Datum;status;reason;office_code;");
    List<List<String>> rows = rows(';');
    assertThat(answer(rows.get(1), 4)).containsExactly("Match", "SNA", "2020");
    assertThat(answer(rows.get(2), 4)).containsExactly("Match", "HLG", "2021");
    assertThat(stderr()).contains("dates day first (D/M/YYYY); delimiter semicolon");
  }

  @Test
  void readsTabAndPipeFilesAndTakesTheDelimiterGiven() throws IOException {
    assertThat(run("id\tzip\n1\t78550\n")).as(this::stderr).isZero();
    assertThat(rows('\t').get(1).subList(2, 5)).containsExactly("Match", "", "HLG");

    assertThat(run("id|zip\n1|78550\n")).as(this::stderr).isZero();
    assertThat(rows('|').get(1).get(4)).isEqualTo("HLG");

    String tie = "id;note|zip\n1;a|78550\n";
    assertThat(run(tie)).as("a tie goes to the semicolon: no place column").isEqualTo(1);
    assertThat(run(tie, "--delimiter", "|")).as(this::stderr).isZero();
    assertThat(rows('|').get(1).subList(0, 5)).containsExactly("1;a", "78550", "Match", "", "HLG");
  }

  @Test
  void padsZipCodesThatLostTheirLeadingZerosAndSaysSo() throws IOException {
    assertThat(run("id,zip_code\n1,1001\n2,501\n3,01001\n4,1001\n")).isZero();

    List<List<String>> rows = rows();
    assertThat(rows.get(1).subList(2, 5)).containsExactly("Match", "", "BOS");
    assertThat(rows.get(1).get(12)).startsWith("ZIP 1001 read as 01001: ZIP codes have 5 digits");
    assertThat(rows.get(2).get(12)).contains("ZIP 501 read as 00501");
    assertThat(rows.get(3).subList(2, 5)).containsExactly("Match", "", "BOS");
    assertThat(rows.get(3).get(12)).as("written whole: no note").isEmpty();
    assertThat(rows.get(4).get(12)).contains("ZIP 1001 read as 01001");
  }

  @Test
  void countyAndStateRowsAnswerTheCountyNotTheState() throws IOException {
    assertThat(run("id,County,ST\n1,Cameron,TX\n2,48061,\n3,Cameron County,Texas\n4,Nowhere,TX\n"))
        .isZero();

    List<List<String>> rows = rows();
    for (int i = 1; i <= 3; i++) {
      assertThat(rows.get(i).subList(3, 6))
          .as(rows.get(i).get(0))
          .containsExactly("Match", "", "HLG");
      assertThat(rows.get(i).get(8)).isEqualTo("county");
    }
    assertThat(rows.get(4).subList(3, 5)).containsExactly("No_Match", "unknown-county");
    assertThat(stderr()).contains("county=County, state=ST");
  }

  @Test
  void aCensusLayoutFileWhoseFirstRowLooksLikeSeveralDatesIsStillACensusFile() throws IOException {
    assertThat(run("1,12 Update Rd,Dateland,AZ,85333\n2,1 Main St,Harlingen,TX,78550\n"))
        .as(this::stderr)
        .isZero();

    List<List<String>> rows = rows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).subList(5, 8)).containsExactly("Match", "", "HLG");
    assertThat(stderr()).contains("no header: the Census Geocoder layout");
  }
}
