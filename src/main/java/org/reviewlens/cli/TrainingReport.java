package org.reviewlens.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.reviewlens.analyse.verdict.VerdictCrossValidator;
import org.reviewlens.evaluate.MacroAverage;
import org.reviewlens.extract.learn.Maxent;
import org.reviewlens.extract.people.PersonCrossValidator;
import org.reviewlens.extract.title.TitleCrossValidator;

/** The Markdown tables {@code review-lens train} prints. */
final class TrainingReport {
  private TrainingReport() {}

  /** Each film's title occurrences read by a model that never saw its fold. */
  static void printTitles(
      List<TitleCrossValidator.FilmScore> hand, List<TitleCrossValidator.FilmScore> withDistant) {
    boolean both = !withDistant.isEmpty();
    System.out.println("Title decision, cross-validated by fold: accuracy per film.");
    System.out.println();
    System.out.println(
        "| film | fold | occurrences | hand-ordered cues | model"
            + (both ? " | model with distant supervision |" : " |"));
    System.out.println("| --- | --- | ---: | ---: | ---:" + (both ? " | ---: |" : " |"));
    for (int i = 0; i < hand.size(); i++) {
      TitleCrossValidator.FilmScore s = hand.get(i);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.3f | %.3f |%s%n",
          s.film(),
          s.fold(),
          s.occurrences(),
          s.cueOrderAccuracy(),
          s.modelAccuracy(),
          both ? String.format(Locale.ROOT, " %.3f |", withDistant.get(i).modelAccuracy()) : "");
    }
    System.out.println();
    macro("hand-ordered cues", hand, TitleCrossValidator.FilmScore::cueOrderAccuracy);
    macro("model", hand, TitleCrossValidator.FilmScore::modelAccuracy);
    if (both) {
      macro(
          "model with distant supervision",
          withDistant,
          TitleCrossValidator.FilmScore::modelAccuracy);
    }
    System.out.println();
  }

  /** Each film's discovered name clusters read by a model that never saw its fold. */
  static void printPeople(
      List<PersonCrossValidator.FilmScore> scores,
      List<PersonCrossValidator.FilmScore> withDistant) {
    boolean both = !withDistant.isEmpty();
    System.out.println("Person decision, cross-validated by fold: accuracy per film.");
    System.out.println();
    System.out.println(
        "| film | fold | name clusters | hand-ordered rule | model | not characters, taken for"
            + " one |"
            + (both ? " model with distant supervision |" : ""));
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: |" + (both ? " ---: |" : ""));
    for (int i = 0; i < scores.size(); i++) {
      PersonCrossValidator.FilmScore s = scores.get(i);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.3f | %.3f | %d |%s%n",
          s.film(),
          s.fold(),
          s.clusters(),
          s.ruleAccuracy(),
          s.modelAccuracy(),
          s.peopleAsCharacters(),
          both ? String.format(Locale.ROOT, " %.3f |", withDistant.get(i).modelAccuracy()) : "");
    }
    System.out.println();
    macro("hand-ordered rule", scores, PersonCrossValidator.FilmScore::ruleAccuracy);
    macro("model", scores, PersonCrossValidator.FilmScore::modelAccuracy);
    if (both) {
      macro(
          "model with distant supervision",
          withDistant,
          PersonCrossValidator.FilmScore::modelAccuracy);
    }
    System.out.println();
  }

  static void printWeights(String heading, String toward, List<Maxent.FeatureWeight> weights) {
    System.out.println(heading);
    System.out.println();
    System.out.println("| feature | " + toward + " |");
    System.out.println("| --- | ---: |");
    weights.forEach(
        w -> System.out.printf(Locale.ROOT, "| %s | %+.2f |%n", w.feature(), w.toward()));
    System.out.println();
  }

  private static <T> void macro(String what, List<T> scores, ToDoubleFunction<T> accuracy) {
    MacroAverage m =
        MacroAverage.of(
            scores.stream()
                .map(s -> new MacroAverage.FilmValue(filmOf(s), accuracy.applyAsDouble(s)))
                .toList(),
            true);
    System.out.printf(
        Locale.ROOT,
        "Macro-average accuracy over %d films, %s: %.3f (%.3f–%.3f)%n",
        m.films(),
        what,
        m.mean(),
        m.low(),
        m.high());
  }

  private static String filmOf(Object score) {
    return score instanceof TitleCrossValidator.FilmScore t
        ? t.film()
        : ((PersonCrossValidator.FilmScore) score).film();
  }

  /** The verdict's Spearman correlation with the ratings, fold by fold and pooled. */
  static void printVerdicts(List<VerdictCrossValidator.Fold> folds) {
    System.out.println(
        "Verdict, cross-validated by film: Spearman with the critics' ratings, each fold read by a"
            + " model trained on the others.");
    System.out.println();
    System.out.println(
        "| fold | films | reviews | "
            + String.join(
                " | ", VerdictCrossValidator.SCORES.stream().map(s -> "`" + s + "`").toList())
            + " |");
    System.out.println(
        "| --- | ---: | ---: |" + " ---: |".repeat(VerdictCrossValidator.SCORES.size()));
    for (VerdictCrossValidator.Fold f : folds) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %d |",
                  f.fold() == 0 ? "all, pooled" : String.valueOf(f.fold()),
                  f.films(),
                  f.reviews()));
      VerdictCrossValidator.SCORES.forEach(
          s -> row.append(String.format(Locale.ROOT, " %.3f |", f.spearman().get(s))));
      System.out.println(row);
    }
    System.out.println();
  }
}
