package org.reviewlens.integration;

import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.annotate.CoreNlpPipeline;

/** The one CoreNLP pipeline of the test JVM: loading the models takes 10-40 s. */
public final class SharedPipeline {
  private static CoreNlpPipeline pipeline;

  private SharedPipeline() {}

  public static synchronized CoreNlpPipeline get() {
    if (pipeline == null) {
      pipeline = new CoreNlpPipeline(AnnotationSettings.builder().build());
    }
    return pipeline;
  }
}
