package org.reviewlens.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.reviewlens.analyse.ToneOptions;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.report.CsvOptions;

/**
 * Everything one run needs to know, gathered from the command line.
 *
 * @param corpus the corpus: a folder, or a .csv or .jsonl file of reviews
 * @param out the output directory, replaced at the end of a successful run
 * @param cache the annotation cache directory, or empty for {@code --no-cache}
 * @param annotation how CoreNLP annotates
 * @param tone how tone is measured
 * @param csv how CSVs are written
 * @param progressBar whether to draw a progress bar
 * @param titleModel a title model written by {@code review-lens train}, or empty for the built-in
 *     one
 * @param personModel a person model written by {@code review-lens train}, or empty for the built-in
 *     one
 * @param cast a cast.csv given on its own ({@code --cast}), or empty for the corpus's
 * @param film a film.csv given on its own ({@code --film}), or empty for the corpus's
 */
public record RunOptions(
    Path corpus,
    Path out,
    Optional<Path> cache,
    AnnotationSettings annotation,
    ToneOptions tone,
    CsvOptions csv,
    boolean progressBar,
    Optional<Path> titleModel,
    Optional<Path> personModel,
    Optional<Path> cast,
    Optional<Path> film) {

  /** Options with the corpus's own cast.csv and film.csv. */
  public RunOptions(
      Path corpus,
      Path out,
      Optional<Path> cache,
      AnnotationSettings annotation,
      ToneOptions tone,
      CsvOptions csv,
      boolean progressBar,
      Optional<Path> titleModel,
      Optional<Path> personModel) {
    this(
        corpus,
        out,
        cache,
        annotation,
        tone,
        csv,
        progressBar,
        titleModel,
        personModel,
        Optional.empty(),
        Optional.empty());
  }

  /** Options with the built-in models. */
  public RunOptions(
      Path corpus,
      Path out,
      Optional<Path> cache,
      AnnotationSettings annotation,
      ToneOptions tone,
      CsvOptions csv,
      boolean progressBar) {
    this(
        corpus, out, cache, annotation, tone, csv, progressBar, Optional.empty(), Optional.empty());
  }
}
