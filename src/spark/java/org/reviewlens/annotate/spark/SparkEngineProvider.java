package org.reviewlens.annotate.spark;

import java.nio.file.Path;
import java.util.Map;
import org.reviewlens.annotate.AnnotationEngine;
import org.reviewlens.annotate.AnnotationSettings;

/** Makes the {@code spark} engine for {@code --engine spark}. */
public final class SparkEngineProvider implements AnnotationEngine.Provider {
  @Override
  public String name() {
    return "spark";
  }

  @Override
  public AnnotationEngine create(
      AnnotationSettings settings, Path cache, String master, Map<String, String> conf) {
    return new SparkEngine(settings, cache, SparkSettings.of(master, cache, conf));
  }
}
