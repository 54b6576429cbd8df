package org.reviewlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewlens.evaluate.CastCheck;
import org.reviewlens.evaluate.CharacterMapping;
import org.reviewlens.evaluate.EvaluationReport;
import org.reviewlens.evaluate.LabelledMention;
import org.reviewlens.evaluate.MentionsFile;
import org.reviewlens.evaluate.Scorer;
import org.reviewlens.evaluate.SentenceContexts;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code review-lens evaluate --gold FILE --out DIR ...}: compares runs with hand-counted gold. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Compares a run's mentions.csv with a hand-counted gold file and prints precision, recall,",
      "F1 and the count error per kind: per review, per film and over all films, then the misses",
      "and extras in context. Give one --gold/--out pair per film."
    })
final class Evaluate implements Callable<Integer> {

  /** One film: its gold file and the output folder of a run on its corpus. */
  static final class FilmRun {
    @Option(
        names = "--gold",
        required = true,
        paramLabel = "FILE",
        description = "Hand-counted gold, in the format of mentions.csv.")
    Path gold;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "The output folder of a run on the same reviews.")
    Path out;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "The film's name in the tables (default: the gold file's folder).")
    String name;

    @Option(
        names = "--cast",
        paramLabel = "FILE",
        description =
            "For a run without cast.csv: the true cast.csv. Maps each discovered character to a"
                + " gold one and checks the discovered cast.")
    Path cast;

    @Option(
        names = "--film",
        paramLabel = "FILE",
        description = "With --cast: the true film.csv (default: film.csv beside the cast).")
    Path filmCsv;

    String film() {
      if (name != null) {
        return name;
      }
      Path parent = gold.toAbsolutePath().getParent();
      return parent == null ? gold.toString() : parent.getFileName().toString();
    }
  }

  @ArgGroup(exclusive = false, multiplicity = "1..*")
  List<FilmRun> films = new ArrayList<>();

  @Option(
      names = "--summary",
      description = "Print the tables only, without the misses and extras.")
  boolean summary;

  @Override
  public Integer call() {
    List<Scorer.Result> results = new ArrayList<>();
    Map<String, EvaluationReport.Contexts> contexts = new LinkedHashMap<>();
    Map<String, CastCheck> casts = new LinkedHashMap<>();
    for (FilmRun film : films) {
      List<LabelledMention> gold = MentionsFile.read(film.gold);
      List<LabelledMention> found = MentionsFile.read(film.out.resolve("mentions.csv"));
      if (film.cast != null) {
        CharacterMapping mapping = CharacterMapping.between(gold, found);
        found = mapping.apply(found);
        Path filmCsv = film.filmCsv != null ? film.filmCsv : film.cast.resolveSibling("film.csv");
        casts.put(
            film.film(),
            CastCheck.of(
                film.out.resolve("cast_suggested.csv"), film.cast, filmCsv, gold, mapping));
      }
      results.add(Scorer.score(film.film(), gold, found));
      contexts.put(film.film(), SentenceContexts.of(film.out));
    }
    EvaluationReport report = new EvaluationReport(System.out);
    report.printCasts(casts);
    report.print(results, contexts, !summary);
    return ReviewLens.OK;
  }
}
