package org.aorresolver.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.aorresolver.batch.BatchOptions;
import org.aorresolver.batch.columns.ColumnOptions;
import org.aorresolver.batch.columns.Dates;
import org.aorresolver.batch.dates.DateReader;
import org.aorresolver.data.GeodataFiles;
import org.aorresolver.query.When;
import org.apache.spark.sql.RuntimeConfig;

/**
 * Where the geodata is and which edition or date answers rows without a date of their own: what the
 * functions and the job carry to the executors (a few strings), each of which loads the geodata
 * itself, once ({@link ExecutorAnswers}).
 *
 * @param geodata a geodata folder: a local path or a Hadoop file-system URI ({@code hdfs://},
 *     {@code s3a://}, {@code file:/}); null for the geodata embedded in the jar
 * @param edition {@code 2020} or {@code 2021}, or null
 * @param date a day {@code YYYY-MM-DD}, or null; not both
 * @param dateFormat a {@code java.time} pattern every date is read with, as the batch command's
 *     {@code --date-format}; null for every shape the batch reads
 */
public record Settings(String geodata, String edition, String date, String dateFormat)
    implements Serializable {
  /** The Spark configuration key of the geodata folder. */
  public static final String GEODATA = "spark.aor.geodata";

  /** The Spark configuration key of the edition for rows without a date. */
  public static final String EDITION = "spark.aor.edition";

  /** The Spark configuration key of the date for rows without one. */
  public static final String DATE = "spark.aor.date";

  /** The Spark configuration key of the pattern dates are read with. */
  public static final String DATE_FORMAT = "spark.aor.dateFormat";

  /**
   * Checked as the batch command checks {@code --edition} and {@code --date}.
   *
   * @throws org.aorresolver.InvalidInputException for an edition or date that is not one
   */
  public Settings {
    BatchOptions.when(edition, date);
    dates(dateFormat); // a pattern that is none is refused here, on the driver
  }

  /** Where the geodata is and the edition or date, dates read in every shape the batch reads. */
  public Settings(String geodata, String edition, String date) {
    this(geodata, edition, date, null);
  }

  /** From the session's configuration ({@value #GEODATA}, {@value #EDITION}, {@value #DATE}). */
  public static Settings of(RuntimeConfig conf) {
    return new Settings(
        conf.getOption(GEODATA).getOrElse(() -> null),
        conf.getOption(EDITION).getOrElse(() -> null),
        conf.getOption(DATE).getOrElse(() -> null),
        conf.getOption(DATE_FORMAT).getOrElse(() -> null));
  }

  /** How dates are read: with the pattern, else every shape, value by value. */
  DateReader dates() {
    return dates(dateFormat);
  }

  private static DateReader dates(String pattern) {
    return Dates.reader(new ColumnOptions(Map.of(), pattern, false), List.of());
  }

  When when() {
    return BatchOptions.when(edition, date);
  }

  GeodataFiles files() {
    return geodata == null ? GeodataFiles.embedded() : HadoopGeodata.of(geodata);
  }
}
