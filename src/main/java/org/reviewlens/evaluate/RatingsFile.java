package org.reviewlens.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.reviewlens.corpus.CsvFile;
import org.reviewlens.corpus.InputException;

/**
 * Reads a rated set's {@code sources.csv} or {@code more.csv}: one row per review, with the
 * critic's rating and the top of its scale. Every problem is an {@link InputException} naming the
 * file and line.
 */
public final class RatingsFile {
  static final List<String> COLUMNS = List.of("review_id", "split", "rating", "scale_max");
  private static final List<String> EXTRA_COLUMNS =
      List.of("film", "year", "normalised", "rating_text", "url", "query", "sha256");

  /**
   * {@code frozen} reviews are kept out of every figure: they are read once, at the end of the
   * verdict issue.
   */
  static final List<String> SPLITS = List.of("dev", "test", "frozen");

  private RatingsFile() {}

  /** Every rated review in {@code file}, in file order. */
  public static List<RatedReview> read(Path file) {
    List<RatedReview> reviews = new ArrayList<>();
    for (CSVRecord row : CsvFile.read(file, COLUMNS, EXTRA_COLUMNS)) {
      long line = CsvFile.lineOf(row);
      double rating = number(file, line, row, "rating");
      double top = number(file, line, row, "scale_max");
      if (top <= 0 || rating < 0 || rating > top) {
        throw new InputException(file, line, "rating must lie between 0 and scale_max > 0");
      }
      String split = row.get("split").strip();
      if (!SPLITS.contains(split)) {
        throw new InputException(
            file, line, "split must be dev, test or frozen, got '" + split + "'");
      }
      String id = row.get("review_id").strip();
      String film = row.isMapped("film") ? row.get("film").strip() : "";
      String year = row.isMapped("year") ? row.get("year").strip() : "";
      reviews.add(new RatedReview(id, split, rating / top, film.isEmpty() ? id : film, year));
    }
    return reviews;
  }

  private static double number(Path file, long line, CSVRecord row, String column) {
    try {
      return Double.parseDouble(row.get(column).strip());
    } catch (NumberFormatException e) {
      throw new InputException(file, line, column + " is not a number: '" + row.get(column) + "'");
    }
  }
}
