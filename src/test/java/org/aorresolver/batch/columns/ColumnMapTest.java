package org.aorresolver.batch.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMapTest {
  private static ColumnMap map(String header) {
    return ColumnMap.of(List.of(header.split(",", -1)), ColumnOptions.none());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Latitude,LNG           | LAT | 0",
        "id,lat_dd,long         | LON | 2",
        "y,x                    | LAT | 0",
        "ZIP Code,city          | ZIP | 0",
        "postal_code            | ZIP | 0",
        "zip5                   | ZIP | 0",
        "county_name,ST         | COUNTY | 0",
        "County FIPS,state_code | STATE | 1",
        "fips                   | COUNTY | 0",
        "Full Address           | ADDRESS | 0"
      })
  void recognisesTheUsualNamesWhateverTheirCaseSpacesAndUnderscores(
      String header, Role role, int column) {
    assertThat(map(header).column(role)).isEqualTo(column);
  }

  @Test
  void twoColumnsForOneRoleAreRefusedWithTheHeaderShown() {
    assertThatThrownBy(() -> map("id,lat,Latitude,lon"))
        .isInstanceOf(ColumnException.class)
        .hasMessage(
            "the header has two lat columns: column 2 \"lat\" and column 3 \"Latitude\";"
                + " choose one with lat-column (header: id,lat,Latitude,lon)")
        .extracting(e -> ((ColumnException) e).error().field())
        .isEqualTo("lat-column");
  }

  @Test
  void aChosenColumnWinsOverTheRecognisedOne() {
    ColumnMap m =
        ColumnMap.of(
            List.of("lat", "lon", "gps_y", "x"),
            ColumnOptions.none().withColumn(Role.LAT, "gps_y").withColumn(Role.LON, "x"));

    assertThat(m.column(Role.LAT)).isEqualTo(2);
    assertThat(m.column(Role.LON)).isEqualTo(3);
  }

  @Test
  void aChosenColumnThatIsNotInTheHeaderIsRefusedListingTheColumns() {
    assertThatThrownBy(
            () ->
                ColumnMap.of(
                    List.of("id", "lat", "lon", "date"),
                    ColumnOptions.none().withColumn(Role.DATE, "apprehension_date")))
        .isInstanceOf(ColumnException.class)
        .hasMessage(
            "date-column: the header has no column \"apprehension_date\"; its columns are: id, lat,"
                + " lon, date");
  }

  @Test
  void theOnlyDateLikeColumnIsTheDateAndSaysSo() {
    ColumnMap m = map("id,lat,lon,apprehension_date");

    assertThat(m.column(Role.DATE)).isEqualTo(3);
    assertThat(m.describe())
        .isEqualTo("id=id, lat=lat, lon=lon, date=apprehension_date (the only date-like column)");
  }

  @Test
  void aBirthDateIsNeverTheRecordsDate() {
    ColumnMap m = map("id,zip,Date of Birth,dob,arrest_date");

    assertThat(m.column(Role.DATE)).isEqualTo(4);
  }

  @Test
  void severalDateLikeColumnsAreRefusedUntilOneIsChosen() {
    assertThatThrownBy(() -> map("id,zip,book_in_dt,release_date"))
        .isInstanceOf(ColumnException.class)
        .hasMessageContaining("several date-like columns: column 3 \"book_in_dt\" and column 4");

    ColumnMap chosen =
        ColumnMap.of(
            List.of("id", "zip", "book_in_dt", "release_date"),
            ColumnOptions.none().withColumn(Role.DATE, "Book In DT"));
    assertThat(chosen.column(Role.DATE)).isEqualTo(2);
  }

  @Test
  void withADefaultEditionOnlyAColumnNamedDateIsReadAndTheOthersAreNamed() {
    ColumnMap m =
        ColumnMap.of(
            List.of("id", "zip", "apprehension_date"), ColumnOptions.none().withDefaultWhen(true));

    assertThat(m.column(Role.DATE)).isEqualTo(-1);
    assertThat(m.describe())
        .isEqualTo(
            "id=id, zip=zip, date=none; not read as dates: apprehension_date (the default edition or"
                + " date is used; choose a column with date-column)");
  }

  @Test
  void givesEachRowsValuesByRole() {
    ColumnMap m = map("County,State,other");

    String[] v = m.values(List.of("Cameron", "TX", "x"));

    assertThat(v[Role.COUNTY.ordinal()]).isEqualTo("Cameron");
    assertThat(v[Role.STATE.ordinal()]).isEqualTo("TX");
    assertThat(v[Role.LAT.ordinal()]).isNull();
    assertThat(m.namesPlace()).isTrue();
    assertThat(map("a,b").namesPlace()).isFalse();
  }

  @Test
  void readsADecimalComma() {
    assertThat(Cells.decimalPoint("26,19")).isEqualTo("26.19");
    assertThat(Cells.decimalPoint("-97,69")).isEqualTo("-97.69");
    assertThat(Cells.decimalPoint("1,234.5")).isEqualTo("1,234.5");
  }
}
