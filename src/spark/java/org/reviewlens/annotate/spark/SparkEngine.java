package org.reviewlens.annotate.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.AnnotationCache;
import org.reviewlens.annotate.AnnotationEngine;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.SkippedReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code spark} engine: the same CoreNLP settings and conversion as the local engine, run in
 * Spark executors, one pipeline per executor JVM. Executors write the cache entries; the driver
 * collects only each review's key and outcome, then reads the entries back one at a time, so it
 * never holds the annotations of the whole corpus at once in Spark's results.
 */
final class SparkEngine implements AnnotationEngine {
  private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);

  /** Reviews per task, roughly: small tasks spread the load and make a retry cheap. */
  private static final int TASKS_PER_CORE = 4;

  private final AnnotationSettings settings;
  private final Path cache;
  private final SparkConf conf;

  SparkEngine(AnnotationSettings settings, Path cache, SparkConf conf) {
    this.settings = settings;
    this.cache = cache;
    this.conf = conf;
  }

  @Override
  public boolean cachesItself() {
    return true;
  }

  @Override
  public List<SkippedReview> annotate(
      List<Review> reviews, BiConsumer<Review, AnnotatedReview> onDone) {
    Map<String, Outcome> outcomes =
        run(reviews).stream().collect(Collectors.toMap(Outcome::id, Function.identity()));
    AnnotationCache entries = new AnnotationCache(cache, settings);
    List<SkippedReview> failed = new ArrayList<>();
    for (Review review : reviews) {
      Outcome outcome = outcomes.get(review.id());
      Optional<AnnotatedReview> annotations =
          outcome.failed() ? Optional.empty() : entries.get(outcome.key());
      if (annotations.isPresent()) {
        onDone.accept(review, annotations.get().withReviewId(review.id()));
      } else {
        String reason =
            outcome.failed()
                ? outcome.failure()
                : "its cache entry, written by an executor, is not readable here: is --cache on a"
                    + " folder every node shares?";
        failed.add(new SkippedReview(review.id(), review.metadata(), reason));
      }
    }
    return failed;
  }

  private List<Outcome> run(List<Review> reviews) {
    long start = System.nanoTime();
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      LOG.info(
          "Spark context on {} in {} ms", sc.master(), (System.nanoTime() - start) / 1_000_000);
      List<ReviewText> texts = reviews.stream().map(r -> new ReviewText(r.id(), r.text())).toList();
      int tasks = Math.max(1, Math.min(texts.size(), sc.defaultParallelism() * TASKS_PER_CORE));
      JavaFutureAction<List<Outcome>> job =
          sc.parallelize(texts, tasks)
              .mapPartitions(new AnnotatePartition(settings, cache))
              .collectAsync();
      awaitExecutors(sc, job);
      return job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted", e);
    } catch (ExecutionException e) {
      throw new EngineException("the Spark job failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Fails with a clear error, instead of waiting forever, when no executor registers: no worker
   * runs, or none can give the memory and cores asked for. A local master runs the tasks in this
   * JVM and needs no executor.
   */
  private void awaitExecutors(JavaSparkContext sc, JavaFutureAction<?> job)
      throws InterruptedException, ExecutionException {
    if (sc.master().startsWith("local[") || sc.master().equals("local")) {
      return;
    }
    long timeout = Long.parseLong(conf.get(SparkSettings.REGISTRATION_TIMEOUT));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
    while (sc.sc().statusTracker().getExecutorInfos().length <= 1 && !job.isDone()) {
      if (System.nanoTime() > deadline) {
        job.cancel(true);
        throw new EngineException(
            "no executor registered with "
                + sc.master()
                + " in "
                + timeout
                + " s: is a worker running, with at least spark.executor.memory="
                + conf.get("spark.executor.memory")
                + " and spark.executor.cores="
                + conf.get("spark.executor.cores", "1")
                + " free? (--conf "
                + SparkSettings.REGISTRATION_TIMEOUT
                + "=SECONDS waits longer)");
      }
      try {
        job.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        // Check for executors again.
      }
    }
  }
}
