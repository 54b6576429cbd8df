package org.reviewlens.extract.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-validates the title model film by film: for each fold, a model trained on the other folds
 * reads the fold's occurrences, and each film's accuracy is set beside the hand-ordered cues' on
 * the same occurrences. Folds group whole films, so that no film is read by a model that saw it.
 * Only hand-labelled occurrences are scored; distant ones only train.
 */
public final class TitleCrossValidator {
  private TitleCrossValidator() {}

  /**
   * One film's occurrences read by a model that never saw its fold.
   *
   * @param film the film's id
   * @param fold its fold
   * @param occurrences how many labelled occurrences it has
   * @param modelRight how many the model read as the gold does
   * @param cueOrderRight how many the hand-ordered cues read as the gold does
   */
  public record FilmScore(
      String film, int fold, int occurrences, int modelRight, int cueOrderRight) {
    public double modelAccuracy() {
      return occurrences == 0 ? 1 : (double) modelRight / occurrences;
    }

    public double cueOrderAccuracy() {
      return occurrences == 0 ? 1 : (double) cueOrderRight / occurrences;
    }
  }

  /**
   * Scores every film, each by the model trained without its fold.
   *
   * @param examples labelled occurrences of every film
   * @param folds each film's fold
   */
  public static List<FilmScore> run(List<TitleExample> examples, Map<String, Integer> folds) {
    List<FilmScore> scores = new ArrayList<>();
    for (int fold : new TreeSet<>(folds.values())) {
      List<TitleExample> training =
          examples.stream().filter(e -> !inFold(folds, e.film(), fold)).toList();
      TitleModel model = TitleModel.train(training);
      Map<String, List<TitleExample>> byFilm = new TreeMap<>();
      examples.stream()
          .filter(e -> inFold(folds, e.film(), fold) && !e.distant())
          .forEach(e -> byFilm.computeIfAbsent(e.film(), f -> new ArrayList<>()).add(e));
      byFilm.forEach((film, held) -> scores.add(score(film, fold, held, model)));
    }
    return scores;
  }

  /** A film without a fold (a distant one) is never held out, and always trains. */
  private static boolean inFold(Map<String, Integer> folds, String film, int fold) {
    return Integer.valueOf(fold).equals(folds.get(film));
  }

  /** How a model and the hand-ordered cues read one film's labelled occurrences. */
  public static FilmScore score(
      String film, int fold, List<TitleExample> examples, TitleModel model) {
    int modelRight = 0;
    int cueOrderRight = 0;
    for (TitleExample e : examples) {
      modelRight += model.read(e.context()) == e.reading() ? 1 : 0;
      cueOrderRight += e.cueOrder() == e.reading() ? 1 : 0;
    }
    return new FilmScore(film, fold, examples.size(), modelRight, cueOrderRight);
  }
}
