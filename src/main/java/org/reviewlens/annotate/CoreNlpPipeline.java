package org.reviewlens.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.reviewlens.corpus.Review;

/**
 * The one place that builds CoreNLP. Construction loads the models (10-40 s); build it once and
 * reuse it.
 *
 * <p>The main annotators run on several reviews at once. Quote attribution keeps per-document
 * state in a shared field, so quotes are added afterwards, one review at a time.
 */
public final class CoreNlpPipeline {
  private final AnnotationSettings settings;
  private final StanfordCoreNLP main;
  private final StanfordCoreNLP quotes;

  /** Loads every model the settings need, the independent ones side by side. */
  public CoreNlpPipeline(AnnotationSettings settings) {
    this.settings = settings;
    preload(settings);
    this.main = new StanfordCoreNLP(settings.mainProperties());
    this.quotes = new StanfordCoreNLP(settings.quoteProperties());
  }

  /**
   * Loads the models of each annotator group on its own thread. StanfordCoreNLP keeps every
   * annotator it builds in a global pool keyed by the annotator's properties, so the full
   * pipelines built afterwards find them there instead of loading them one after another.
   */
  private static void preload(AnnotationSettings settings) {
    List<Properties> groups = settings.preloadGroups();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), groups.size()));
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
      throw new IllegalStateException("cannot load the CoreNLP models: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The settings the models were loaded with. */
  public AnnotationSettings settings() {
    return settings;
  }

  /**
   * Annotates the reviews, calling {@code onDone} as each one finishes (from any thread).
   *
   * <p>The reviews run on the project's own worker threads, not CoreNLP's threaded {@code
   * annotate}, for two reasons. CoreNLP's pool swallows an {@link Error} in a worker, so a review
   * would silently come back with no annotations. And the workers need a deep stack: the sentiment
   * model recurses once per token down the flat tree of a sentence too long to parse, which
   * overflowed a default 1 MB thread stack on a 2,000-token run-on sentence.
   *
   * @return the annotations, keyed by review id
   * @throws IllegalStateException naming the review, when CoreNLP fails on it
   */
  public Map<String, AnnotatedReview> annotate(List<Review> reviews, Consumer<String> onDone) {
    Map<String, AnnotatedReview> result = new ConcurrentHashMap<>();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(settings.threads(), reviews.size())),
            task -> {
              Thread t = new Thread(null, task, "annotate", WORKER_STACK_BYTES);
              t.setDaemon(true);
              return t;
            });
    try {
      Map<String, Future<?>> running = new java.util.LinkedHashMap<>();
      for (Review review : reviews) {
        // Each CoreNLP document is built by its task and dropped once converted: an annotated
        // document takes megabytes, and holding them all made large runs thrash the GC.
        running.put(
            review.id(),
            workers.submit(
                () -> {
                  Annotation document = new Annotation(review.text());
                  main.annotate(document);
                  result.put(review.id(), finish(review.id(), document));
                  onDone.accept(review.id());
                }));
      }
      for (Map.Entry<String, Future<?>> r : running.entrySet()) {
        try {
          r.getValue().get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("CoreNLP failed on review " + r.getKey() + ": " + e.getCause(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    } finally {
      workers.shutdownNow();
    }
    return result;
  }

  /** The stack of an annotation worker; the memory is reserved, and used only as deep as a sentence needs. */
  private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

  private AnnotatedReview finish(String id, Annotation document) {
    synchronized (quotes) {
      quotes.annotate(document);
    }
    return AnnotationConverter.convert(id, document);
  }
}
