package org.reviewlens.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reviewlens.analyse.Analyses;
import org.reviewlens.analyse.AnalysisInput;
import org.reviewlens.analyse.AnalysisOutput;
import org.reviewlens.annotate.AnnotationCache;
import org.reviewlens.annotate.AnnotationEngine;
import org.reviewlens.annotate.AnnotationTiming;
import org.reviewlens.annotate.BuildInfo;
import org.reviewlens.annotate.ReviewAnnotator;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Corpus;
import org.reviewlens.corpus.CorpusLoader;
import org.reviewlens.corpus.SkippedReview;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.ReviewExtractor;
import org.reviewlens.extract.people.CastDiscovery;
import org.reviewlens.extract.people.PersonModel;
import org.reviewlens.extract.people.SuggestedCast;
import org.reviewlens.extract.title.TitleModel;
import org.reviewlens.report.OutputDirectory;
import org.reviewlens.report.OutputTarget;
import org.reviewlens.report.ReportWriter;
import org.reviewlens.report.RunReport;

/** One batch run: corpus → annotate → extract → analyse → report. */
public final class Run {
  private final RunOptions options;
  private final Supplier<? extends AnnotationEngine> engine;

  /**
   * @param engine builds the annotation engine; called only when a review misses the cache
   */
  public Run(RunOptions options, Supplier<? extends AnnotationEngine> engine) {
    this.options = options;
    this.engine = engine;
  }

  /**
   * Without cast.csv, says that the discovered cast is in use and who was taken for a real person;
   * with it, names the characters the discovery finds that the cast lacks.
   */
  static List<String> castWarnings(Corpus corpus, SuggestedCast suggested) {
    List<String> warnings = new ArrayList<>();
    if (corpus.cast().isEmpty()) {
      warnings.add(
          "no cast.csv: the characters were discovered from the reviews (see cast_suggested.csv;"
              + " copy it to cast.csv to edit)");
      suggested
          .people()
          .forEach(
              p ->
                  warnings.add(
                      "real person, not a character: "
                          + p.name()
                          + " ("
                          + p.role().label()
                          + "; "
                          + p.evidence()
                          + ")"));
      return warnings;
    }
    for (Character c : suggested.lackedBy(corpus.cast().get())) {
      warnings.add(
          "cast.csv lacks a name the reviews use as a character: "
              + String.join(" / ", c.aliases())
              + " ("
              + suggested.evidence().get(c.name())
              + ")");
    }
    return warnings;
  }

  /**
   * What a run did.
   *
   * @param report what run_report.txt says
   * @param timing model loading and annotation time, for the console
   * @param characters how many characters the counts are about, from cast.csv or discovered
   */
  public record Outcome(RunReport report, AnnotationTiming timing, int characters) {}

  /** Runs every stage and writes {@code --out}; returns what happened. */
  public Outcome execute() throws IOException {
    long start = System.nanoTime();
    OutputTarget.check(options.out(), options.corpus(), options.cache());
    TitleModel titleModel =
        options.titleModel().map(TitleModel::read).orElseGet(TitleModel::builtIn);
    PersonModel personModel =
        options.personModel().map(PersonModel::read).orElseGet(PersonModel::builtIn);
    Corpus corpus = CorpusLoader.load(options.corpus(), options.cast(), options.film());
    try (OutputDirectory out = OutputDirectory.open(options.out())) {
      return execute(corpus, out, titleModel, personModel, start);
    }
  }

  private Outcome execute(
      Corpus corpus,
      OutputDirectory out,
      TitleModel titleModel,
      PersonModel personModel,
      long start)
      throws IOException {
    ReviewAnnotator annotator =
        new ReviewAnnotator(
            engine,
            options.cache().map(dir -> new AnnotationCache(dir, options.annotation())),
            options.progressBar());
    ReviewAnnotator.Result annotated = annotator.annotate(corpus.reviews());

    List<SkippedReview> skipped = new ArrayList<>(corpus.skipped());
    skipped.addAll(annotated.failed());
    skipped.sort(Comparator.comparing(SkippedReview::id));

    SuggestedCast suggested =
        new CastDiscovery(corpus.film(), () -> personModel)
            .discover(annotated.reviews(), annotated.annotations());
    Cast cast = corpus.cast().orElse(suggested.cast());
    List<String> warnings = new ArrayList<>(corpus.warnings());
    warnings.addAll(annotated.warnings());
    warnings.addAll(out.warnings());
    warnings.addAll(castWarnings(corpus, suggested));
    ReviewExtractor extractor =
        new ReviewExtractor(cast, corpus.film(), suggested.filmPeople(), () -> titleModel);
    List<ExtractedReview> reviews = new ArrayList<>();
    for (int i = 0; i < annotated.reviews().size(); i++) {
      reviews.add(extractor.extract(annotated.reviews().get(i), annotated.annotations().get(i)));
    }

    List<AnalysisOutput> outputs =
        Analyses.run(new AnalysisInput(reviews, skipped, cast.names(), suggested, options.tone()));
    RunReport report =
        new RunReport(
            BuildInfo.toolVersion(),
            options.annotation().fingerprint(),
            reviews.size(),
            annotated.fromCache(),
            skipped.stream().map(s -> s.id() + ": " + s.reason()).toList(),
            warnings,
            (System.nanoTime() - start) / 1e9);
    Map<String, String> texts = new LinkedHashMap<>();
    annotated.reviews().forEach(r -> texts.put(r.id(), r.text()));
    new ReportWriter(options.csv()).write(out, outputs, texts, report);
    return new Outcome(report, annotated.timing(), cast.names().size());
  }
}
