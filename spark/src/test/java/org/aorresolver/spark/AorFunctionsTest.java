package org.aorresolver.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class AorFunctionsTest {
  private final SparkSession spark = LocalSpark.session();

  private Row one(String sql) {
    List<Row> rows = spark.sql(sql).collectAsList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  /** The struct a function call gives, as a row of its fields. */
  private Row struct(String call) {
    return one("SELECT a.* FROM (SELECT " + call + " AS a)");
  }

  @Test
  void officeOfAPointFromSql() {
    assertThat(one("SELECT aor_office(26.19, -97.69)").getString(0)).isEqualTo("HLG");
    assertThat(one("SELECT aor_office(CAST(26.19 AS DOUBLE), CAST(-97.69 AS DOUBLE))").getString(0))
        .isEqualTo("HLG");
  }

  @Test
  void officeOnADateTakesTheEditionInForce() {
    String sql = "SELECT aor_office_on(CAST(25.9017 AS DOUBLE), CAST(-97.4975 AS DOUBLE), %s)";
    assertThat(one(sql.formatted("DATE '2020-05-01'")).getString(0)).isEqualTo("SNA");
    assertThat(one(sql.formatted("'2022-01-15'")).getString(0)).isEqualTo("HLG");
    assertThat(one(sql.formatted("DATE '2021-03-01'")).isNullAt(0)).isTrue();
  }

  @Test
  void pointStructHasTheBatchColumns() {
    Row r = struct("aor_point_on(25.9017, -97.4975, '2021-03-01')");
    assertThat(r.schema().fieldNames()).containsExactly(AnswerRow.SCHEMA.fieldNames());
    assertThat(r.<String>getAs("status")).isEqualTo("Ambiguous");
    assertThat(r.<String>getAs("reason")).isEqualTo("transition-window");
    assertThat(r.<String>getAs("candidates")).isEqualTo("SNA@2020|HLG@2021");
    assertThat(r.<String>getAs("edition")).isEqualTo("2020|2021");
  }

  @Test
  void nearABoundaryTheOfficeAcrossIsACandidate() {
    Row r = struct("aor_point(CAST(28.335147 AS DOUBLE), CAST(-98.333977 AS DOUBLE))");
    assertThat(r.<String>getAs("office_code")).isEqualTo("HOU");
    assertThat(r.<String>getAs("candidates")).isEqualTo("HOU|SNA");
    assertThat(r.<Boolean>getAs("near_boundary")).isTrue();
  }

  @Test
  void badInputIsAnErrorAnswerNotAFailure() {
    Row r = struct("aor_point('abc', -98.49)");
    assertThat(r.<String>getAs("status")).isEqualTo("Error");
    assertThat(r.<String>getAs("reason")).isEqualTo("invalid-input");
    assertThat(r.<String>getAs("message")).startsWith("lat: 'abc' is not a latitude");
    assertThat(one("SELECT aor_office(NULL, NULL)").isNullAt(0)).isTrue();
  }

  @Test
  void zipAndCountyAnswerAsTheBatchDoes() {
    Row zip = struct("aor_zip('76511')");
    assertThat(zip.<String>getAs("status")).isEqualTo("Ambiguous");
    assertThat(zip.<String>getAs("candidates")).isEqualTo("HOU:0.6339|SNA:0.3661");
    assertThat(one("SELECT aor_zip_on('78550', DATE '2019-05-01').office_code").getString(0))
        .isEqualTo("SNA");
    assertThat(one("SELECT aor_county('48061', NULL).office_code").getString(0)).isEqualTo("HLG");
    assertThat(one("SELECT aor_county_on('Cameron', 'TX', '2019-05-01').office_code").getString(0))
        .isEqualTo("SNA");
  }
}
