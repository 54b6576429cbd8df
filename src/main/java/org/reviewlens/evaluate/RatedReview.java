package org.reviewlens.evaluate;

/**
 * One review of the rated development set: the critic's own rating, on a 0 to 1 scale.
 *
 * @param reviewId the review's id, which is also the name of its run's output folder
 * @param split {@code dev} (developed on) or {@code test} (kept aside)
 * @param rating the rating divided by the top of its scale: 2 of 4 stars is 0.5
 */
public record RatedReview(String reviewId, String split, double rating) {}
