package org.reviewlens.evaluate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.reviewlens.corpus.CsvFile;
import org.reviewlens.corpus.InputException;

/**
 * Scores that readers gave the rated reviews from their text alone, blind to the critics' ratings:
 * a yardstick for the tool's scores, since a score cannot be asked to rank the reviews better than
 * a careful reading of the same words does. One row per review and reader: {@code review_id,
 * reader, score}, the score on any scale that orders the reviews (higher is warmer). Every problem
 * is an {@link InputException} naming the file and line.
 */
public final class ReaderScores {
  static final List<String> COLUMNS = List.of("review_id", "reader", "score");

  private ReaderScores() {}

  /**
   * Each reader's score per review id, readers in name order.
   *
   * @param rated the reviews each reader must have scored, and the only ones they may score
   */
  public static Map<String, Map<String, Double>> read(Path file, List<RatedReview> rated) {
    Set<String> ids =
        rated.stream().map(RatedReview::reviewId).collect(java.util.stream.Collectors.toSet());
    Map<String, Map<String, Double>> byReader = new TreeMap<>();
    for (CSVRecord row : CsvFile.read(file, COLUMNS, List.of())) {
      long line = CsvFile.lineOf(row);
      String review = row.get("review_id").strip();
      if (!ids.contains(review)) {
        throw new InputException(file, line, "review '" + review + "' is not a rated review");
      }
      String reader = row.get("reader").strip();
      Double previous =
          byReader
              .computeIfAbsent(reader, r -> new LinkedHashMap<>())
              .put(review, score(file, line, row));
      if (previous != null) {
        throw new InputException(file, line, reader + " scores review '" + review + "' twice");
      }
    }
    for (Map.Entry<String, Map<String, Double>> reader : byReader.entrySet()) {
      for (RatedReview r : rated) {
        if (!reader.getValue().containsKey(r.reviewId())) {
          throw new InputException(
              file, reader.getKey() + " has no score for review '" + r.reviewId() + "'");
        }
      }
    }
    return byReader;
  }

  private static double score(Path file, long line, CSVRecord row) {
    try {
      return Double.parseDouble(row.get("score").strip());
    } catch (NumberFormatException e) {
      throw new InputException(file, line, "score is not a number: '" + row.get("score") + "'");
    }
  }
}
