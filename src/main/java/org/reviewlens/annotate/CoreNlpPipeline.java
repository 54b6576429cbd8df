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
   * @return the annotations, keyed by review id
   */
  public Map<String, AnnotatedReview> annotate(List<Review> reviews, Consumer<String> onDone) {
    Map<String, Annotation> byId = new ConcurrentHashMap<>();
    List<Annotation> documents = new ArrayList<>();
    for (Review review : reviews) {
      Annotation document = new Annotation(review.text());
      byId.put(review.id(), document);
      documents.add(document);
    }
    Map<String, AnnotatedReview> result = new ConcurrentHashMap<>();
    if (settings.threads() == 1 || reviews.size() == 1) {
      for (Review review : reviews) {
        main.annotate(byId.get(review.id()));
        result.put(review.id(), finish(review.id(), byId.get(review.id())));
        onDone.accept(review.id());
      }
      return result;
    }
    Map<Annotation, String> idOf = new java.util.IdentityHashMap<>();
    byId.forEach((id, doc) -> idOf.put(doc, id));
    main.annotate(
        documents,
        settings.threads(),
        document -> {
          String id;
          synchronized (idOf) {
            id = idOf.get(document);
          }
          result.put(id, finish(id, document));
          onDone.accept(id);
        });
    return result;
  }

  private AnnotatedReview finish(String id, Annotation document) {
    synchronized (quotes) {
      quotes.annotate(document);
    }
    return AnnotationConverter.convert(id, document);
  }
}
