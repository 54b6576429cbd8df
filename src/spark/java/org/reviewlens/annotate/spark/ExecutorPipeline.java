package org.reviewlens.annotate.spark;

import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.annotate.CoreNlpPipeline;

/**
 * The one CoreNLP pipeline of an executor JVM, built on first use and shared by the executor's task
 * threads: each JVM pays the models' memory and load time once.
 */
final class ExecutorPipeline {
  private static CoreNlpPipeline pipeline;
  private static AnnotationSettings loadedWith;

  private ExecutorPipeline() {}

  static synchronized CoreNlpPipeline get(AnnotationSettings settings) {
    if (pipeline == null || !loadedWith.equals(settings)) {
      pipeline = new CoreNlpPipeline(settings);
      loadedWith = settings;
    }
    return pipeline;
  }
}
