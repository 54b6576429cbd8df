package org.reviewlens.annotate;

/**
 * How long CoreNLP took in one run.
 *
 * @param reviews how many reviews were annotated (cache misses)
 * @param tokens how many tokens they hold
 * @param loadSeconds time to build the pipeline, i.e. to load the models (0 when already loaded)
 * @param annotateSeconds time to annotate the reviews, cache writes included
 */
public record AnnotationTiming(
    int reviews, int tokens, double loadSeconds, double annotateSeconds) {
  /** Nothing was annotated: every review came from the cache. */
  public static final AnnotationTiming NONE = new AnnotationTiming(0, 0, 0, 0);

  /** Annotation throughput, or 0 when nothing was annotated. */
  public double tokensPerSecond() {
    return annotateSeconds == 0 ? 0 : tokens / annotateSeconds;
  }
}
