package org.aorresolver.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aorresolver.Edition;
import org.aorresolver.InvalidInputException;
import org.aorresolver.InvalidInputException.FieldError;
import org.aorresolver.LatLon;
import org.junit.jupiter.api.Test;

class QueryParserTest {
  @Test
  void latAndLonAreACoordinateOfTheCurrentEdition() {
    QueryParser.Request r = parse("lat", "26.19", "lon", "-97.69");

    assertThat(r.place()).isEqualTo(new Place.Coordinate(LatLon.of(26.19, -97.69)));
    assertThat(r.when()).isEqualTo(When.current());
  }

  @Test
  void minusZeroIsZero() {
    Place.Coordinate c = (Place.Coordinate) parse("lat", "-0", "lon", "-0.0").place();

    assertThat(Double.doubleToRawLongBits(c.at().lat())).isZero();
    assertThat(Double.doubleToRawLongBits(c.at().lon())).isZero();
  }

  @Test
  void eachKindOfPlaceIsReadFromItsParameters() {
    assertThat(parse("state", "TX").place()).isEqualTo(new Place.StateName("TX"));
    assertThat(parse("county", "48061").place()).isEqualTo(new Place.CountyName("48061", null));
    assertThat(parse("county", "Cameron", "state", "TX").place())
        .isEqualTo(new Place.CountyName("Cameron", "TX"));
    assertThat(parse("zip", "78550").place()).isEqualTo(new Place.Zip("78550"));
    assertThat(parse("address", "Harlingen, TX").place())
        .isEqualTo(new Place.Address("Harlingen, TX", null, null, null, null));
    assertThat(parse("street", "1 Elm St", "city", "Harlingen", "state", "TX").place())
        .isEqualTo(new Place.Address(null, "1 Elm St", "Harlingen", "TX", null));
  }

  @Test
  void aZipWithAStateIsAnAddressInParts() {
    assertThat(parse("zip", "78550", "state", "TX").place())
        .isEqualTo(new Place.Address(null, null, null, "TX", "78550"));
  }

  @Test
  void anEditionOrADateSaysWhichOfficeStructure() {
    assertThat(parse("zip", "78550", "edition", "2020").when()).isEqualTo(When.of(Edition.E2020));
    assertThat(parse("zip", "78550", "date", "2021-03-01").when())
        .isEqualTo(When.on(LocalDate.of(2021, 3, 1)));
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    List<FieldError> errors =
        errors("lat", "north", "lon", "0x1p3", "edition", "2019", "color", "red");

    assertThat(errors).extracting(FieldError::field).containsOnly("lat", "lon", "edition", "color");
  }

  @Test
  void anUnknownParameterIsNamedWithTheKnownOnes() {
    FieldError e = errors("zip", "78550", "zipcode", "78550").get(0);

    assertThat(e.field()).isEqualTo("zipcode");
    assertThat(e.expected()).contains("a known parameter", "address", "zip");
  }

  @Test
  void aRepeatedParameterIsAnError() {
    Map<String, List<String>> q = new LinkedHashMap<>();
    q.put("zip", List.of("78550", "78551"));

    FieldError e = errorsOf(q).get(0);

    assertThat(e.field()).isEqualTo("zip");
    assertThat(e.value()).isEqualTo("78550,78551");
    assertThat(e.expected()).contains("given once");
  }

  @Test
  void severalPlacesAreAnErrorNamingThem() {
    FieldError e = errors("lat", "26", "lon", "-97", "zip", "78550").get(0);

    assertThat(e.field()).isEqualTo("lat,lon,zip");
    assertThat(e.expected()).contains("one place", "not several");
    assertThat(e.toString()).startsWith("lat, lon and zip: given together; expected one place");
  }

  @Test
  void eachCoordinatesExampleIsOfItsOwnKind() {
    List<FieldError> bad = errors("lat", "abc", "lon", "xyz");

    assertThat(bad.get(0).expected()).endsWith("such as 29.42");
    assertThat(bad.get(1).expected()).endsWith("such as -98.49");
  }

  @Test
  void noPlaceIsAnErrorNamingThePlace() {
    FieldError e = errors("edition", "2021").get(0);

    assertThat(e.field()).isEqualTo("place");
    assertThat(e.value()).isNull();
  }

  @Test
  void editionAndDateTogetherAreAnError() {
    assertThat(errors("zip", "78550", "edition", "2021", "date", "2021-01-01"))
        .extracting(FieldError::toString)
        .containsExactly(
            "edition and date: given together; expected one of edition and date, not both");
  }

  @Test
  void aDateMustBeACalendarDayWrittenYyyyMmDd() {
    assertThat(errors("zip", "78550", "date", "2021-02-30"))
        .extracting(FieldError::field)
        .containsExactly("date");
    assertThat(errors("zip", "78550", "date", "03/01/2021"))
        .extracting(FieldError::field)
        .containsExactly("date");
  }

  @Test
  void coordinatesArePlainDecimalDegreesInRange() {
    for (String bad : new String[] {"NaN", "Infinity", "1e309", "0x1p3", "1,5", "٣", "", "91"}) {
      assertThat(errors("lat", bad, "lon", "0"))
          .as(bad)
          .extracting(FieldError::field)
          .containsExactly("lat");
    }
    assertThat(parse("lat", " 4.5e1 ", "lon", "+10.").place())
        .isEqualTo(new Place.Coordinate(LatLon.of(45, 10)));
  }

  @Test
  void latAndLonThatLookSwappedAreSaidToBe() {
    FieldError e = errors("lat", "-97.69", "lon", "26.19").get(0);

    assertThat(e.field()).isEqualTo("lat");
    assertThat(e.expected()).contains("lat and lon look swapped");
  }

  @Test
  void blankValuesAreErrors() {
    assertThat(errors("zip", " ")).extracting(FieldError::field).containsExactly("zip");
    assertThat(errors("address", ""))
        .extracting(FieldError::expected)
        .containsExactly("a non-empty value");
  }

  private static QueryParser.Request parse(String... pairs) {
    return QueryParser.parse(query(pairs));
  }

  private static List<FieldError> errors(String... pairs) {
    return errorsOf(query(pairs));
  }

  private static List<FieldError> errorsOf(Map<String, List<String>> q) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> QueryParser.parse(q));
    assertThat(e).as("an error for %s", q).isNotNull();
    return e.errors();
  }

  private static Map<String, List<String>> query(String... pairs) {
    Map<String, List<String>> q = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      q.put(pairs[i], List.of(pairs[i + 1]));
    }
    return q;
  }
}
