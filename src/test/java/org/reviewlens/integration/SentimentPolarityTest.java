package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.ReviewExtractor;

/** The real sentiment model on sentences of obvious polarity. */
@Tag("models")
class SentimentPolarityTest {
  private static double score(String sentence) {
    Review review = new Review("probe", sentence, ReviewMetadata.defaultFor("probe"));
    AnnotatedReview annotated = SharedPipeline.annotate(List.of(review)).get("probe");
    Film film = new Film("Anora", 2024, "Sean Baker", List.of("Sean Baker"), Gender.MALE);
    return new ReviewExtractor(new Cast(List.of()), film)
        .extract(review, annotated)
        .sentences()
        .get(0)
        .score();
  }

  @Test
  void praiseScoresAboveZero() {
    double s = score("Mikey Madison’s performance is a revelation.");
    assertTrue(s > 0, "score " + s);
  }

  @Test
  void complaintScoresBelowZero() {
    double s = score("The film is a boring, tedious mess.");
    assertTrue(s < 0, "score " + s);
  }
}
