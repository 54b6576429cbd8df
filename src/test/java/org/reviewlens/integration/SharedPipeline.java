package org.reviewlens.integration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.annotate.CoreNlpPipeline;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.SkippedReview;

/** The one CoreNLP pipeline of the test JVM: loading the models takes 10-40 s. */
public final class SharedPipeline {
  private static CoreNlpPipeline pipeline;

  private SharedPipeline() {}

  public static synchronized CoreNlpPipeline get() {
    if (pipeline == null) {
      pipeline = new CoreNlpPipeline(AnnotationSettings.builder().build());
    }
    return pipeline;
  }

  /** Annotates the reviews with the shared pipeline, keyed by id; fails the test if any fails. */
  public static Map<String, AnnotatedReview> annotate(List<Review> reviews) {
    Map<String, AnnotatedReview> done = new ConcurrentHashMap<>();
    List<SkippedReview> failed =
        get().annotate(reviews, (review, annotations) -> done.put(review.id(), annotations));
    if (!failed.isEmpty()) {
      throw new AssertionError("CoreNLP failed: " + failed);
    }
    return done;
  }
}
