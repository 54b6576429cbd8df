package org.reviewlens.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-validates the person decision film by film: for each fold, a model trained on the other
 * folds reads the fold's name clusters, and each film's accuracy is set beside the hand-ordered
 * rule's on the same clusters.
 */
public final class PersonCrossValidator {
  private PersonCrossValidator() {}

  /**
   * One film's clusters read by a model that never saw its fold.
   *
   * @param film the film's id
   * @param fold its fold
   * @param clusters how many clusters it has
   * @param modelRight how many the model decided as the true cast does
   * @param ruleRight how many the hand-ordered rule decided as the true cast does
   * @param peopleAsCharacters clusters that are not characters and the model took for one
   */
  public record FilmScore(
      String film, int fold, int clusters, int modelRight, int ruleRight, int peopleAsCharacters) {
    public double modelAccuracy() {
      return clusters == 0 ? 1 : (double) modelRight / clusters;
    }

    public double ruleAccuracy() {
      return clusters == 0 ? 1 : (double) ruleRight / clusters;
    }
  }

  /** Scores every film, each by the model trained without its fold. */
  public static List<FilmScore> run(List<PersonExample> examples, Map<String, Integer> folds) {
    List<FilmScore> scores = new ArrayList<>();
    for (int fold : new TreeSet<>(folds.values())) {
      PersonModel model =
          PersonModel.train(examples.stream().filter(e -> !inFold(folds, e.film(), fold)).toList());
      Map<String, List<PersonExample>> byFilm = new TreeMap<>();
      examples.stream()
          .filter(e -> inFold(folds, e.film(), fold))
          .forEach(e -> byFilm.computeIfAbsent(e.film(), f -> new ArrayList<>()).add(e));
      byFilm.forEach((film, held) -> scores.add(score(film, fold, held, model)));
    }
    return scores;
  }

  /** A film without a fold (a distant one) is never held out, and always trains. */
  private static boolean inFold(Map<String, Integer> folds, String film, int fold) {
    return Integer.valueOf(fold).equals(folds.get(film));
  }

  static FilmScore score(String film, int fold, List<PersonExample> examples, PersonModel model) {
    int modelRight = 0;
    int ruleRight = 0;
    int people = 0;
    for (PersonExample e : examples) {
      boolean character = model.isCharacter(e.context());
      modelRight += character == e.character() ? 1 : 0;
      ruleRight += e.rule() == e.character() ? 1 : 0;
      people += character && !e.character() ? 1 : 0;
    }
    return new FilmScore(film, fold, examples.size(), modelRight, ruleRight, people);
  }
}
