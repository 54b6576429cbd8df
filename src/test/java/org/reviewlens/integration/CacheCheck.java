package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.reviewlens.annotate.AnnotationCache;
import org.reviewlens.annotate.AnnotationSettings;

/** Checks an annotation cache folder after a fault. */
public final class CacheCheck {
  private CacheCheck() {}

  /**
   * Asserts that every entry reads back whole under the default settings; returns how many there
   * are.
   */
  public static int validEntries(Path cache) throws IOException {
    if (!Files.exists(cache)) {
      return 0;
    }
    AnnotationCache entries = new AnnotationCache(cache, AnnotationSettings.builder().build());
    try (Stream<Path> files = Files.list(cache)) {
      List<String> keys =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".ser.gz"))
              .map(n -> n.substring(0, n.length() - ".ser.gz".length()))
              .toList();
      for (String key : keys) {
        assertTrue(entries.get(key).isPresent(), "cache entry " + key + " reads back whole");
      }
      return keys.size();
    }
  }
}
