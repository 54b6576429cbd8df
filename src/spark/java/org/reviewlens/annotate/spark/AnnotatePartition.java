package org.reviewlens.annotate.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.AnnotationCache;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.corpus.SkippedReview;

/**
 * The task an executor runs on a partition of reviews: annotate each with the JVM's pipeline and
 * write its cache entry. Entries are content-addressed and moved into place atomically, so a task
 * that is retried, or run twice by speculation, writes the same entry again or finds it there.
 */
final class AnnotatePartition implements FlatMapFunction<Iterator<ReviewText>, Outcome> {
  private final AnnotationSettings settings;
  private final String cacheDir;

  AnnotatePartition(AnnotationSettings settings, Path cacheDir) {
    this.settings = settings;
    this.cacheDir = cacheDir.toString();
  }

  @Override
  public Iterator<Outcome> call(Iterator<ReviewText> texts) {
    AnnotationCache cache = new AnnotationCache(Path.of(cacheDir), settings);
    List<Outcome> outcomes = new ArrayList<>();
    while (texts.hasNext()) {
      outcomes.add(annotate(texts.next(), cache));
    }
    return outcomes.iterator();
  }

  private Outcome annotate(ReviewText text, AnnotationCache cache) {
    String key = cache.key(text.text());
    if (cache.get(key).isPresent()) {
      return new Outcome(text.id(), key, "");
    }
    Review review = new Review(text.id(), text.text(), ReviewMetadata.defaultFor(text.id()));
    AtomicReference<AnnotatedReview> done = new AtomicReference<>();
    List<SkippedReview> failed =
        ExecutorPipeline.get(settings).annotate(List.of(review), (r, a) -> done.set(a));
    if (!failed.isEmpty()) {
      return new Outcome(text.id(), key, failed.get(0).reason());
    }
    try {
      cache.put(key, done.get());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cache entry of review " + text.id(), e);
    }
    return new Outcome(text.id(), key, "");
  }
}
