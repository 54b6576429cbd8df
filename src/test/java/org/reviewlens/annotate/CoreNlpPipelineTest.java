package org.reviewlens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;

/** The pipeline's scheduling, without loading a model. */
class CoreNlpPipelineTest {
  private static Review review(String id, String text) {
    return new Review(id, text, ReviewMetadata.defaultFor(id));
  }

  @Test
  void theLongestReviewsAreAnnotatedFirstAndEqualLengthsKeepTheirOrder() {
    List<Review> reviews =
        List.of(
            review("short", "It works."),
            review("long", "It works, and it works well on every film I tried."),
            review("tie-a", "It is fine, really."),
            review("tie-b", "It is good, really."));

    List<String> order = CoreNlpPipeline.longestFirst(reviews).stream().map(Review::id).toList();

    assertEquals(List.of("long", "tie-a", "tie-b", "short"), order);
  }
}
