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
import org.reviewlens.evaluate.FilmInfo;
import org.reviewlens.evaluate.FilmsFile;
import org.reviewlens.evaluate.GeneralisationReport;
import org.reviewlens.evaluate.LabelledMention;
import org.reviewlens.evaluate.MentionsFile;
import org.reviewlens.evaluate.RankAgreement;
import org.reviewlens.evaluate.RatedReview;
import org.reviewlens.evaluate.RatingsFile;
import org.reviewlens.evaluate.ReaderScores;
import org.reviewlens.evaluate.RoleAgreement;
import org.reviewlens.evaluate.Scorer;
import org.reviewlens.evaluate.SentenceContexts;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code review-lens evaluate --gold FILE --out DIR ...}: compares runs with hand-counted gold. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Compares runs with hand-made gold and prints Markdown tables:",
      "  --gold/--out (one pair per film): the mentions, with precision, recall, F1 and the count",
      "    error per kind, per review, per film and over all films, then the misses and extras;",
      "  --ratings/--rated-runs: how well each tone score ranks reviews by their critics' own",
      "    ratings (Spearman), per split; --reader-scores ranks readers' blind scores beside them;",
      "  --roles/--roles-run: the sentence roles against hand-labelled ones, per role."
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

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<FilmRun> films = new ArrayList<>();

  @Option(
      names = "--ratings",
      paramLabel = "FILE",
      description = "The rated reviews: review_id, split, rating and scale_max per row.")
  Path ratings;

  @Option(
      names = "--frozen",
      description =
          "With --ratings: score the frozen split alone, and nothing else. Run it once, at the"
              + " end of an issue, after every model is fixed.")
  boolean frozen;

  @Option(
      names = "--rated-runs",
      paramLabel = "DIR",
      description = "With --ratings: a folder holding one run's output folder per review id.")
  Path ratedRuns;

  @Option(
      names = "--reader-scores",
      paramLabel = "FILE",
      description =
          "With --ratings: readers' blind scores of the rated reviews (review_id, reader, score),"
              + " ranked beside the tool's as a yardstick.")
  Path readerScores;

  @Option(
      names = "--roles",
      paramLabel = "FILE",
      description =
          "Hand-labelled sentence roles: review_id, sentence_index, char_begin,"
              + " char_end, role.")
  Path roles;

  @Option(
      names = "--roles-run",
      paramLabel = "DIR",
      description =
          "With --roles: the output folder of a run on the same reviews, or a folder of such"
              + " folders.")
  Path rolesRun;

  @Option(
      names = "--films",
      paramLabel = "FILE",
      description =
          "With --gold/--out: the benchmark's films.csv (film_id, split, fold, title_form,"
              + " culture). Adds the macro-averages over films with 95% bootstrap intervals, per"
              + " split, fold, title form and culture.")
  Path filmsFile;

  @Spec CommandSpec spec;

  @Option(
      names = "--summary",
      description = "Print the tables only, without the misses and extras.")
  boolean summary;

  @Override
  public Integer call() {
    requirePair("--ratings", ratings, "--rated-runs", ratedRuns);
    requirePair("--roles", roles, "--roles-run", rolesRun);
    if (readerScores != null && ratings == null) {
      throw new ParameterException(spec.commandLine(), "--reader-scores goes with --ratings.");
    }
    if (filmsFile != null && films.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--films goes with --gold/--out.");
    }
    if (films.isEmpty() && ratings == null && roles == null) {
      throw new ParameterException(
          spec.commandLine(), "Give --gold/--out, --ratings/--rated-runs or --roles/--roles-run.");
    }
    EvaluationReport report = new EvaluationReport(System.out);
    if (!films.isEmpty()) {
      mentions(report);
    }
    if (ratings != null) {
      List<RatedReview> rated = RatingsFile.read(ratings);
      Map<String, Map<String, Double>> readers =
          readerScores == null ? Map.of() : ReaderScores.read(readerScores, rated);
      report.printRanking(
          frozen
              ? RankAgreement.ofFrozen(rated, ratedRuns)
              : RankAgreement.of(rated, ratedRuns, readers));
    }
    if (roles != null) {
      report.printRoles(RoleAgreement.of(roles, rolesRun));
    }
    return ReviewLens.OK;
  }

  private void requirePair(String first, Path a, String second, Path b) {
    if ((a == null) != (b == null)) {
      throw new ParameterException(
          spec.commandLine(), first + " and " + second + " go together: give both or neither.");
    }
  }

  private void mentions(EvaluationReport report) {
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
    Map<String, FilmInfo> filmInfo = filmsFile == null ? null : FilmsFile.read(filmsFile);
    report.printCasts(casts);
    report.print(results, contexts, !summary);
    if (filmInfo != null) {
      new GeneralisationReport(System.out).print(results, filmInfo);
    }
  }
}
