package org.reviewlens.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.reviewlens.analyse.ToneOptions;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.cli.Run;
import org.reviewlens.cli.RunOptions;
import org.reviewlens.report.CsvOptions;

/** One run of the whole pipeline on the real corpus per test JVM, shared by the test classes. */
final class CorpusOutput {
  private static Path out;
  private static Path cache;

  private CorpusOutput() {}

  static RunOptions options(Path corpus, Path out, Path cache) {
    return options(corpus, out, cache, ToneOptions.builder().build());
  }

  private static RunOptions options(Path corpus, Path out, Path cache, ToneOptions tone) {
    return new RunOptions(
        corpus,
        out,
        Optional.of(cache),
        AnnotationSettings.builder().build(),
        tone,
        CsvOptions.builder().spreadsheetSafe(false).build(),
        false);
  }

  /** The output directory of the run on {@code corpus/}. */
  static synchronized Path get() {
    if (out == null) {
      try {
        Path root = Files.createTempDirectory("review-lens-it");
        cache = root.resolve("cache");
        Path target = root.resolve("output");
        new Run(options(Path.of("corpus"), target, cache), SharedPipeline::get).execute();
        out = target;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * The output directory of a second run on {@code corpus/} with dialogue lines in the tone ({@code
   * --include-dialogue}), from the first run's cache.
   */
  static synchronized Path withDialogue() {
    try {
      Path target = Files.createTempDirectory("review-lens-it-dialogue").resolve("output");
      new Run(
              options(
                  Path.of("corpus"),
                  target,
                  cache(),
                  ToneOptions.builder().includeDialogue(true).build()),
              SharedPipeline::get)
          .execute();
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The annotation cache that run filled. */
  static synchronized Path cache() {
    get();
    return cache;
  }
}
