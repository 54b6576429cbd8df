package org.reviewlens.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
   * @return the annotations, keyed by review id
   */
  public Map<String, AnnotatedReview> annotate(List<Review> reviews, Consumer<String> onDone) {
    Map<String, AnnotatedReview> result = new ConcurrentHashMap<>();
    // Each CoreNLP document is built when the pool asks for it and dropped once converted: an
    // annotated document takes megabytes, and holding them all made large runs thrash the GC.
    Map<Annotation, String> idOf = Collections.synchronizedMap(new IdentityHashMap<>());
    Iterable<Annotation> documents =
        () ->
            reviews.stream()
                .map(
                    review -> {
                      Annotation document = new Annotation(review.text());
                      idOf.put(document, review.id());
                      return document;
                    })
                .iterator();
    Consumer<Annotation> done =
        document -> {
          String id = idOf.remove(document);
          result.put(id, finish(id, document));
          onDone.accept(id);
        };
    if (settings.threads() == 1 || reviews.size() == 1) {
      for (Annotation document : documents) {
        main.annotate(document);
        done.accept(document);
      }
    } else {
      main.annotate(documents, settings.threads(), done);
    }
    return result;
  }

  private AnnotatedReview finish(String id, Annotation document) {
    synchronized (quotes) {
      quotes.annotate(document);
    }
    return AnnotationConverter.convert(id, document);
  }
}
