package org.reviewlens.corpus;

/** What {@code reviews.csv} says about a review. Every field but {@code reviewer} may be empty. */
public record ReviewMetadata(
    String reviewer, String outlet, String title, String published, String url) {

  /** The metadata of a review that has no row in {@code reviews.csv}: the reviewer is its id. */
  public static ReviewMetadata defaultFor(String reviewId) {
    return new ReviewMetadata(reviewId, "", "", "", "");
  }
}
