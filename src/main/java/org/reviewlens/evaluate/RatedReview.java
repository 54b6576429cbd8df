package org.reviewlens.evaluate;

/**
 * One review of the rated development set: the critic's own rating, on a 0 to 1 scale.
 *
 * @param reviewId the review's id, which is also the name of its run's output folder
 * @param split {@code dev} (developed on), {@code test} (kept aside) or {@code frozen} (read once,
 *     at the end of an issue)
 * @param rating the rating divided by the top of its scale: 2 of 4 stars is 0.5
 * @param film the film it reviews, as the file names it; the review id when the file has no {@code
 *     film} column
 * @param year the film's year, blank when not given
 */
public record RatedReview(String reviewId, String split, double rating, String film, String year) {
  /** A rated review of a film named by its review id, without year. */
  public RatedReview(String reviewId, String split, double rating) {
    this(reviewId, split, rating, reviewId, "");
  }
}
