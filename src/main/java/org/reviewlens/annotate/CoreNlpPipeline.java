package org.reviewlens.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.SkippedReview;
import org.reviewlens.fault.FaultPoint;
import org.reviewlens.fault.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that builds CoreNLP. Construction loads the models (10-40 s); build it once and
 * reuse it.
 *
 * <p>The main annotators run on several reviews at once. Quote attribution keeps per-document state
 * in a shared field, so quotes are added afterwards, one review at a time.
 */
public final class CoreNlpPipeline implements AnnotationEngine {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipeline.class);
  private final AnnotationSettings settings;
  private final StanfordCoreNLP main;
  private final StanfordCoreNLP quotes;

  /** Loads every model the settings need, the independent ones side by side. */
  public CoreNlpPipeline(AnnotationSettings settings) {
    this.settings = settings;
    LOG.info("Loading the CoreNLP models: usually 10 to 30 s, once per run");
    preload(settings);
    this.main = new StanfordCoreNLP(settings.mainProperties());
    this.quotes = new StanfordCoreNLP(settings.quoteProperties());
  }

  /**
   * Loads the models of each annotator group on its own thread. StanfordCoreNLP keeps every
   * annotator it builds in a global pool keyed by the annotator's properties, so the full pipelines
   * built afterwards find them there instead of loading them one after another.
   */
  private static void preload(AnnotationSettings settings) {
    List<Properties> groups = settings.preloadGroups();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(settings.threads(), groups.size()));
    try {
      List<Future<StanfordCoreNLP>> loading = new ArrayList<>();
      for (Properties group : groups) {
        loading.add(pool.submit(() -> new StanfordCoreNLP(group)));
      }
      for (Future<StanfordCoreNLP> f : loading) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "cannot load the CoreNLP models: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The settings the models were loaded with. */
  public AnnotationSettings settings() {
    return settings;
  }

  /**
   * Annotates the reviews, handing each one to {@code onDone} as it finishes (from any thread). A
   * review that CoreNLP fails on is returned with its reason and never reaches {@code onDone}; the
   * others go on.
   *
   * <p>The reviews run on the project's own worker threads, whatever the thread count, never
   * through CoreNLP's threaded {@code annotate}. That pool swallows an {@link Error} in a worker,
   * so a review would come back with no annotations, and it calls {@code System.exit(1)} on an
   * exception, which would bypass the exit codes and the clean-up. The workers also need a deep
   * stack: the sentiment model recurses once per token down the flat tree of a sentence too long to
   * parse, which overflowed a default 1 MB thread stack on a 2,000-token run-on sentence.
   *
   * @return the reviews CoreNLP failed on, in input order, each with its reason
   */
  @Override
  public List<SkippedReview> annotate(
      List<Review> reviews, BiConsumer<Review, AnnotatedReview> onDone) {
    Map<String, String> failures = new ConcurrentHashMap<>();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(settings.threads(), reviews.size())),
            task -> {
              Thread t = new Thread(null, task, "annotate", WORKER_STACK_BYTES);
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Review review : longestFirst(reviews)) {
        running.add(workers.submit(() -> annotateOne(review, onDone, failures)));
      }
      for (Future<?> r : running) {
        r.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    } catch (ExecutionException e) {
      // annotateOne catches CoreNLP's failures, so this is a failure in onDone: the caller's.
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
    return reviews.stream()
        .filter(r -> failures.containsKey(r.id()))
        .map(r -> new SkippedReview(r.id(), r.metadata(), failures.get(r.id())))
        .toList();
  }

  /**
   * The reviews, longest first, so that the workers run out of work together: in input order, a
   * long review that came last ran alone while the other cores idled. Annotation time grows with a
   * review's length, so the longest text is the slowest.
   */
  static List<Review> longestFirst(List<Review> reviews) {
    return reviews.stream()
        .sorted(Comparator.comparingInt((Review r) -> r.text().length()).reversed())
        .toList();
  }

  /**
   * Annotates one review. Its CoreNLP document is dropped once converted: an annotated document
   * takes megabytes, and holding them all made large runs thrash the GC. A heap or stack exhausted
   * by one review's document is that review's failure: the document is unreachable once this method
   * returns, so the memory comes back.
   */
  private void annotateOne(
      Review review, BiConsumer<Review, AnnotatedReview> onDone, Map<String, String> failures) {
    AnnotatedReview annotated;
    try {
      Annotation document = new Annotation(review.text());
      main.annotate(document);
      Faults.reach(FaultPoint.ANNOTATING);
      annotated = finish(review.id(), document);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      LOG.debug("CoreNLP failed on review {}", review.id(), e);
      failures.put(review.id(), "CoreNLP failed on it: " + e);
      return;
    }
    onDone.accept(review, annotated);
  }

  /**
   * The stack of an annotation worker; the memory is reserved, and used only as deep as a sentence
   * needs.
   */
  private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

  private AnnotatedReview finish(String id, Annotation document) {
    synchronized (quotes) {
      quotes.annotate(document);
    }
    return AnnotationConverter.convert(id, document);
  }
}
