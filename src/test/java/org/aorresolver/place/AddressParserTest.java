package org.aorresolver.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aorresolver.Geodata;
import org.aorresolver.InvalidInputException;
import org.aorresolver.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One-line addresses read with the shipped states, cities and ZIP codes. */
class AddressParserTest {
  private static AddressParser parser;

  @BeforeAll
  static void build() {
    Geodata data = TestData.shipped();
    parser = new AddressParser(Gazetteer.of(data.counties(), data.countyAreas(), data.zips()));
  }

  @Test
  void aFullAddressIsStreetCityStateAndZip() {
    assertThat(parser.parse("1717 Zoy St, Harlingen, TX 78550"))
        .isEqualTo(new ParsedAddress("1717 Zoy St", "Harlingen", "TX", "78550"));
  }

  @Test
  void aZipPlusFourIsItsFiveDigits() {
    assertThat(parser.parse("Harlingen, TX 78550-1234").zip()).isEqualTo("78550");
  }

  @Test
  void theCountryAtTheEndIsLeftOut() {
    assertThat(parser.parse("1717 Zoy St, Harlingen, TX 78550, USA"))
        .isEqualTo(new ParsedAddress("1717 Zoy St", "Harlingen", "TX", "78550"));
  }

  @Test
  void aStateMayBeNamedInFull() {
    assertThat(parser.parse("San Juan, Puerto Rico 00901"))
        .isEqualTo(new ParsedAddress(null, "San Juan", "PR", "00901"));
  }

  @Test
  void associatedPressAbbreviationsAreStates() {
    assertThat(parser.parse("Sacramento, Calif.").state()).isEqualTo("CA");
    assertThat(parser.parse("Albany, N.Y.").state()).isEqualTo("NY");
  }

  @Test
  void westVirginiaIsNotReadAsVirginia() {
    assertThat(parser.parse("Charleston, W. Va.").state()).isEqualTo("WV");
    assertThat(parser.parse("Charleston, West Virginia").state()).isEqualTo("WV");
  }

  @Test
  void withoutCommasAKnownCityOfTheStateEndsTheStreet() {
    assertThat(parser.parse("123 Main St San Antonio TX"))
        .isEqualTo(new ParsedAddress("123 Main St", "San Antonio", "TX", null));
  }

  @Test
  void withoutCommasWordsWithDigitsAndNoKnownCityAreAStreet() {
    assertThat(parser.parse("123 Main St TX"))
        .isEqualTo(new ParsedAddress("123 Main St", null, "TX", null));
  }

  @Test
  void wordsAloneAreACity() {
    assertThat(parser.parse("Springfield"))
        .isEqualTo(new ParsedAddress(null, "Springfield", null, null));
  }

  @Test
  void twoLettersThatAreNoStateStayInTheText() {
    assertThat(parser.parse("Harlingen, ZZ").state()).isNull();
  }

  @Test
  void zipFieldsAreFiveDigitsOrZipPlusFour() {
    assertThat(AddressParser.normalizeZip("zip", " 78550-1234 ")).isEqualTo("78550");
    assertThat(AddressParser.normalizeZip("zip", "78550 1234")).isEqualTo("78550");
    assertThatThrownBy(() -> AddressParser.normalizeZip("zip", "7855"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("zip: '7855' is not a 5-digit ZIP code");
  }
}
