package org.reviewlens.corpus;

import java.util.List;

/**
 * Everything the pipeline reads from a corpus directory.
 *
 * @param reviews the usable reviews, sorted by id
 * @param skipped reviews that could not be used (empty, binary, too large, unreadable, not a
 *     regular file), sorted by id
 * @param cast the characters of cast.csv, or empty when the corpus has none
 * @param film the film's description
 * @param warnings problems that did not stop the run, one line each, naming the file
 */
public record Corpus(
    List<Review> reviews,
    List<SkippedReview> skipped,
    java.util.Optional<Cast> cast,
    Film film,
    List<String> warnings) {
  public Corpus {
    reviews = List.copyOf(reviews);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }
}
