package org.reviewlens.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.reviewlens.analyse.Columns;
import org.reviewlens.analyse.ReviewTone;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.corpus.CsvFile;
import org.reviewlens.corpus.InputException;

/**
 * How well a tone score ranks reviews by their critics' ratings: Spearman's rank correlation, ties
 * given their average rank. Each review's score is read from {@code review_tone.csv} in the output
 * folder named after the review. Readers' blind scores ({@link ReaderScores}), when given, are
 * ranked the same way, as a yardstick.
 */
public final class RankAgreement {
  /** The scores compared with the ratings. */
  public static final List<OutputColumn.Real> SCORES =
      List.of(ReviewTone.MEAN_SCORE, ReviewTone.JUDGED_TONE, ReviewTone.VERDICT_SCORE);

  /**
   * One split's agreement.
   *
   * @param split "dev", "test" or "all"
   * @param reviews how many reviews it holds
   * @param negative how many of them are rated below the middle of their scale
   * @param spearman the rank correlation of each score with the ratings: the tool's scores by
   *     column name, then each reader's as "reader NAME"
   */
  public record Result(String split, int reviews, int negative, Map<String, Double> spearman) {}

  /** How a reader's column is named in {@link Result#spearman()}. */
  static final String READER = "reader ";

  private RankAgreement() {}

  /** The agreement on the dev split, the test split and both. */
  public static List<Result> of(List<RatedReview> rated, Path runs) {
    return of(rated, runs, Map.of());
  }

  /**
   * The agreement on the frozen split alone: read once, at the end of an issue, after every model
   * is fixed.
   */
  public static List<Result> ofFrozen(List<RatedReview> rated, Path runs) {
    List<RatedReview> frozen =
        rated.stream()
            .filter(r -> r.split().equals("frozen"))
            .map(r -> new RatedReview(r.reviewId(), "test", r.rating(), r.film(), r.year()))
            .toList();
    return of(frozen, runs, Map.of()).stream()
        .filter(r -> r.split().equals("all"))
        .map(r -> new Result("frozen", r.reviews(), r.negative(), r.spearman()))
        .toList();
  }

  /**
   * The agreement on the dev split, the test split and both, readers' scores included. The frozen
   * split is left out: its runs are not even read.
   *
   * @param readers each reader's score per review id, as {@link ReaderScores#read} gives them
   */
  public static List<Result> of(
      List<RatedReview> rated, Path runs, Map<String, Map<String, Double>> readers) {
    Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
    rated = rated.stream().filter(r -> !r.split().equals("frozen")).toList();
    for (RatedReview r : rated) {
      Map<String, Double> values = scoresOf(runs.resolve(r.reviewId()), r.reviewId());
      readers.forEach(
          (reader, byReview) -> values.put(READER + reader, byReview.get(r.reviewId())));
      scores.put(r.reviewId(), values);
    }
    List<Result> results = new ArrayList<>();
    for (String split : List.of("dev", "test", "all")) {
      List<RatedReview> part =
          rated.stream().filter(r -> split.equals("all") || r.split().equals(split)).toList();
      if (part.size() >= 3) {
        results.add(agreement(split, part, scores));
      }
    }
    return results;
  }

  private static Result agreement(
      String split, List<RatedReview> part, Map<String, Map<String, Double>> scores) {
    double[] ratings = part.stream().mapToDouble(RatedReview::rating).toArray();
    Map<String, Double> spearman = new LinkedHashMap<>();
    for (String score : scores.get(part.get(0).reviewId()).keySet()) {
      double[] values =
          part.stream().mapToDouble(r -> scores.get(r.reviewId()).get(score)).toArray();
      spearman.put(score, new SpearmansCorrelation().correlation(ratings, values));
    }
    int negative = (int) part.stream().filter(r -> r.rating() < 0.5).count();
    return new Result(split, part.size(), negative, spearman);
  }

  private static Map<String, Double> scoresOf(Path out, String reviewId) {
    Path file = out.resolve(ReviewTone.TABLE.fileName());
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, "missing: run review-lens on the review first");
    }
    List<OutputColumn<?, ?>> needed = new ArrayList<>(List.of(Columns.REVIEW_ID));
    needed.addAll(SCORES);
    for (CSVRecord row :
        RunTables.read(file, ReviewTone.TABLE, needed.toArray(OutputColumn<?, ?>[]::new))) {
      if (RunTables.cell(row, Columns.REVIEW_ID.name()).equals(reviewId)) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (OutputColumn.Real score : SCORES) {
          values.put(score.name(), parse(file, row, score.name()));
        }
        return values;
      }
    }
    throw new InputException(file, "no row for review " + reviewId);
  }

  private static double parse(Path file, CSVRecord row, String column) {
    try {
      return Double.parseDouble(row.get(column));
    } catch (NumberFormatException e) {
      throw new InputException(
          file, CsvFile.lineOf(row), column + " is not a number: '" + row.get(column) + "'");
    }
  }
}
