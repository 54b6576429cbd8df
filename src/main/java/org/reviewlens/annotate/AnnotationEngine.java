package org.reviewlens.annotate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.SkippedReview;

/**
 * What turns reviews into annotations: the seam between the annotate stage and where CoreNLP runs.
 * {@link CoreNlpPipeline} is the {@code local} engine, in this JVM; the {@code spark} engine (built
 * with {@code mvn -Pspark}) runs the same pipeline and conversion in Spark executors.
 */
public interface AnnotationEngine {
  /**
   * Annotates the reviews, handing each one to {@code onDone} as it is ready (from any thread). A
   * review CoreNLP fails on is returned with its reason and never reaches {@code onDone}.
   *
   * @return the reviews that failed, in input order
   */
  List<SkippedReview> annotate(List<Review> reviews, BiConsumer<Review, AnnotatedReview> onDone);

  /** Whether the engine writes each review's cache entry itself, so the caller need not. */
  default boolean cachesItself() {
    return false;
  }

  /**
   * The engine could not run: a cluster that cannot be reached, or that no worker can serve. The
   * message says what to change.
   */
  final class EngineException extends RuntimeException {
    public EngineException(String message) {
      super(message);
    }

    public EngineException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Makes an engine other than {@code local}; found with {@link java.util.ServiceLoader}. */
  interface Provider {
    /** The name given to {@code --engine}. */
    String name();

    /**
     * @param settings how CoreNLP annotates
     * @param cache the annotation cache, which the engine's workers write to
     * @param master where to run, e.g. {@code local-cluster[2,1,4096]} or {@code spark://host:7077}
     * @param conf engine settings passed through from {@code --conf key=value}
     */
    AnnotationEngine create(
        AnnotationSettings settings, Path cache, String master, Map<String, String> conf);
  }
}
