package org.reviewlens.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reviewlens.analyse.CharacterMentions;
import org.reviewlens.analyse.DistinctiveTerms;
import org.reviewlens.analyse.EntitySummary;
import org.reviewlens.analyse.Kwic;
import org.reviewlens.analyse.References;
import org.reviewlens.analyse.Similarity;
import org.reviewlens.analyse.Terms;
import org.reviewlens.analyse.RecordTables;
import org.reviewlens.analyse.Tone;
import org.reviewlens.annotate.AnnotationCache;
import org.reviewlens.annotate.CoreNlpPipeline;
import org.reviewlens.annotate.CoreNlpVersion;
import org.reviewlens.annotate.ReviewAnnotator;
import org.reviewlens.corpus.Corpus;
import org.reviewlens.corpus.CorpusLoader;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.ReviewExtractor;
import org.reviewlens.report.ReportWriter;
import org.reviewlens.report.RunReport;
import tech.tablesaw.api.Table;

/** One batch run: corpus → annotate → extract → analyse → report. */
public final class Run {
  private final RunOptions options;
  private final Supplier<CoreNlpPipeline> pipeline;

  /**
   * @param pipeline builds the CoreNLP pipeline; called only when a review misses the cache
   */
  public Run(RunOptions options, Supplier<CoreNlpPipeline> pipeline) {
    this.options = options;
    this.pipeline = pipeline;
  }

  /** Runs every stage and writes {@code --out}; returns what happened. */
  public RunReport execute() throws IOException {
    long start = System.nanoTime();
    Corpus corpus = CorpusLoader.load(options.corpus());
    ReviewAnnotator annotator =
        new ReviewAnnotator(
            pipeline,
            options.cache().map(dir -> new AnnotationCache(dir, options.annotation())),
            options.progressBar());
    ReviewAnnotator.Result annotated = annotator.annotate(corpus.reviews());

    ReviewExtractor extractor = new ReviewExtractor(corpus.cast(), corpus.film());
    List<ExtractedReview> reviews = new ArrayList<>();
    for (int i = 0; i < corpus.reviews().size(); i++) {
      reviews.add(extractor.extract(corpus.reviews().get(i), annotated.reviews().get(i)));
    }

    List<String> characters = corpus.cast().names();
    Tone tone = new Tone(options.tone());
    Map<String, Map<String, Integer>> terms = new LinkedHashMap<>();
    reviews.forEach(r -> terms.put(r.reviewId(), Terms.counts(r)));
    List<Table> tables =
        List.of(
            RecordTables.reviews(reviews, corpus.skipped()),
            RecordTables.sentences(reviews),
            RecordTables.entities(reviews),
            RecordTables.quotes(reviews),
            RecordTables.mentions(reviews),
            CharacterMentions.table(reviews, characters),
            tone.reviewTone(reviews),
            tone.characterTone(reviews, characters),
            tone.toneArc(reviews),
            DistinctiveTerms.table(terms),
            Similarity.table(terms),
            Kwic.table(reviews),
            EntitySummary.table(reviews),
            References.table(reviews));
    RunReport report =
        new RunReport(
            CoreNlpVersion.tool(),
            options.annotation().fingerprint(),
            reviews.size(),
            annotated.fromCache(),
            annotated.timing(),
            corpus.skipped().stream().map(s -> s.id() + ": " + s.reason()).toList(),
            corpus.warnings(),
            (System.nanoTime() - start) / 1e9);
    new ReportWriter(options.csv()).write(options.out(), tables, report);
    return report;
  }
}
