package org.reviewlens.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.SkippedReview;
import org.reviewlens.fault.FaultPoint;
import org.reviewlens.fault.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out one {@link AnnotatedReview} per review: from the cache when it can, from CoreNLP
 * otherwise. The pipeline is only built when at least one review misses the cache, so a rerun with
 * nothing changed loads no model.
 */
public final class ReviewAnnotator {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewAnnotator.class);

  private final Supplier<? extends AnnotationEngine> engine;
  private final Optional<AnnotationCache> cache;
  private final List<String> storeFailures = Collections.synchronizedList(new ArrayList<>());
  private final boolean progressBar;

  /**
   * @param engine builds (or returns a shared) engine; called at most once, and only on a miss
   * @param cache where annotations are kept between runs, or empty to always annotate
   * @param progressBar whether to draw a progress bar on the console
   */
  public ReviewAnnotator(
      Supplier<? extends AnnotationEngine> engine,
      Optional<AnnotationCache> cache,
      boolean progressBar) {
    this.engine = engine;
    this.cache = cache;
    this.progressBar = progressBar;
  }

  /**
   * The outcome of {@link #annotate}.
   *
   * @param reviews the reviews that have annotations, in input order
   * @param annotations their annotations, in the same order
   * @param failed the reviews CoreNLP failed on, each with its reason; nothing of them is cached
   * @param fromCache how many came from the cache
   * @param timing how long loading and annotating took, for the reviews that missed the cache
   * @param warnings what went wrong with the cache, one line each; the run went on
   */
  public record Result(
      List<Review> reviews,
      List<AnnotatedReview> annotations,
      List<SkippedReview> failed,
      int fromCache,
      AnnotationTiming timing,
      List<String> warnings) {
    public Result {
      reviews = List.copyOf(reviews);
      annotations = List.copyOf(annotations);
      failed = List.copyOf(failed);
      warnings = List.copyOf(warnings);
    }
  }

  private List<String> warnings() {
    List<String> all = new ArrayList<>(cache.map(AnnotationCache::warnings).orElse(List.of()));
    all.addAll(storeFailures);
    return all;
  }

  /** Annotates the reviews, in the order given. */
  public Result annotate(List<Review> reviews) {
    Map<String, AnnotatedReview> done = new ConcurrentHashMap<>();
    List<Review> misses = new ArrayList<>();
    for (Review review : reviews) {
      Optional<AnnotatedReview> hit =
          cache.flatMap(c -> c.get(c.key(review.text()))).map(a -> a.withReviewId(review.id()));
      hit.ifPresentOrElse(a -> done.put(review.id(), a), () -> misses.add(review));
    }
    AnnotationTiming timing = AnnotationTiming.NONE;
    List<SkippedReview> failed = List.of();
    if (!misses.isEmpty()) {
      LOG.info("Annotating {} of {} reviews with CoreNLP", misses.size(), reviews.size());
      long start = System.nanoTime();
      AnnotationEngine nlp = loadEngine();
      long loaded = System.nanoTime();
      failed = annotateMisses(nlp, misses, done);
      long end = System.nanoTime();
      int tokens =
          misses.stream()
              .map(r -> done.get(r.id()))
              .filter(a -> a != null)
              .mapToInt(a -> a.tokens().size())
              .sum();
      timing =
          new AnnotationTiming(
              misses.size() - failed.size(), tokens, (loaded - start) / 1e9, (end - loaded) / 1e9);
    }
    List<Review> annotated = reviews.stream().filter(r -> done.containsKey(r.id())).toList();
    return new Result(
        annotated,
        annotated.stream().map(r -> done.get(r.id())).toList(),
        failed,
        reviews.size() - misses.size(),
        timing,
        warnings());
  }

  /**
   * Annotates the misses into {@code done}, caching each review as soon as it is finished, so that
   * a run killed part-way keeps what it had annotated.
   */
  private List<SkippedReview> annotateMisses(
      AnnotationEngine nlp, List<Review> misses, Map<String, AnnotatedReview> done) {
    try (ProgressBar bar = progressBar(misses.size())) {
      return nlp.annotate(
          misses,
          (review, annotations) -> {
            if (!nlp.cachesItself()) {
              store(review, annotations);
            }
            done.put(review.id(), annotations);
            if (bar != null) {
              bar.step();
            }
            Faults.reach(FaultPoint.ANNOTATED);
          });
    }
  }

  private void store(Review review, AnnotatedReview annotations) {
    if (cache.isEmpty()) {
      return;
    }
    AnnotationCache c = cache.get();
    try {
      c.put(c.key(review.text()), annotations);
    } catch (IOException | UncheckedIOException e) {
      storeFailures.add(review.id() + ": could not be cached (" + e + ")");
    }
  }

  /**
   * Loads the engine. On a terminal, a bar without an end runs meanwhile, with the time spent, so
   * the 10 to 30 s of loading do not look like a hang; elsewhere the log's announcement says how
   * long it usually takes.
   */
  private AnnotationEngine loadEngine() {
    if (!progressBar) {
      return engine.get();
    }
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Loading models")
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII)
            .build()) {
      return engine.get();
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
