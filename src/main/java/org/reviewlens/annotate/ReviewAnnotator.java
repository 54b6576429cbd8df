package org.reviewlens.annotate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reviewlens.corpus.Review;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out one {@link AnnotatedReview} per review: from the cache when it can, from CoreNLP
 * otherwise. The pipeline is only built when at least one review misses the cache, so a rerun
 * with nothing changed loads no model.
 */
public final class ReviewAnnotator {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewAnnotator.class);

  private final Supplier<CoreNlpPipeline> pipeline;
  private final Optional<AnnotationCache> cache;
  private final boolean progressBar;

  /**
   * @param pipeline builds (or returns a shared) pipeline; called at most once, and only on a miss
   * @param cache where annotations are kept between runs, or empty to always annotate
   * @param progressBar whether to draw a progress bar on the console
   */
  public ReviewAnnotator(
      Supplier<CoreNlpPipeline> pipeline, Optional<AnnotationCache> cache, boolean progressBar) {
    this.pipeline = pipeline;
    this.cache = cache;
    this.progressBar = progressBar;
  }

  /**
   * The outcome of {@link #annotate}.
   *
   * @param reviews the annotations, in input order
   * @param fromCache how many came from the cache
   * @param timing how long loading and annotating took, for the reviews that missed the cache
   */
  public record Result(List<AnnotatedReview> reviews, int fromCache, AnnotationTiming timing) {}

  /** Annotates the reviews, in the order given. */
  public Result annotate(List<Review> reviews) {
    Map<String, AnnotatedReview> done = new LinkedHashMap<>();
    List<Review> misses = new ArrayList<>();
    for (Review review : reviews) {
      Optional<AnnotatedReview> hit =
          cache.flatMap(c -> c.get(c.key(review.text()))).map(a -> a.withReviewId(review.id()));
      hit.ifPresentOrElse(a -> done.put(review.id(), a), () -> misses.add(review));
    }
    AnnotationTiming timing = AnnotationTiming.NONE;
    if (!misses.isEmpty()) {
      LOG.info("Annotating {} of {} reviews with CoreNLP", misses.size(), reviews.size());
      long start = System.nanoTime();
      CoreNlpPipeline nlp = pipeline.get();
      long loaded = System.nanoTime();
      Map<String, AnnotatedReview> annotated = annotateMisses(nlp, misses);
      long end = System.nanoTime();
      done.putAll(annotated);
      int tokens = annotated.values().stream().mapToInt(a -> a.tokens().size()).sum();
      timing = new AnnotationTiming(misses.size(), tokens, (loaded - start) / 1e9, (end - loaded) / 1e9);
    }
    List<AnnotatedReview> ordered = reviews.stream().map(r -> done.get(r.id())).toList();
    return new Result(ordered, reviews.size() - misses.size(), timing);
  }

  private Map<String, AnnotatedReview> annotateMisses(CoreNlpPipeline nlp, List<Review> misses) {
    try (ProgressBar bar = progressBar(misses.size())) {
      Map<String, AnnotatedReview> annotated =
          nlp.annotate(
              misses,
              id -> {
                if (bar != null) {
                  bar.step();
                }
              });
      for (Review review : misses) {
        if (annotated.get(review.id()) == null) {
          throw new IllegalStateException("CoreNLP returned no annotations for review " + review.id());
        }
      }
      for (Review review : misses) {
        store(review, annotated.get(review.id()));
      }
      return annotated;
    }
  }

  private void store(Review review, AnnotatedReview annotations) {
    if (cache.isEmpty()) {
      return;
    }
    AnnotationCache c = cache.get();
    try {
      c.put(c.key(review.text()), annotations);
    } catch (IOException e) {
      LOG.warn("Could not cache review {}: {}", review.id(), e.toString());
    }
  }

  private ProgressBar progressBar(int total) {
    if (!progressBar) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("Annotating")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" reviews", 1)
        .showSpeed()
        .build();
  }
}
