package org.reviewlens.analyse.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.reviewlens.analyse.Stats;
import org.reviewlens.extract.Sentence;

/**
 * Cross-validates the verdict model by film: the films are dealt into folds in order of their mean
 * rating (so each fold spans the range), and each fold's reviews are read by a model trained on the
 * other folds. Each fold's Spearman correlation with the ratings is given for the learned verdict
 * and, on the same reviews, for the two scores it replaces: the plain mean of CoreNLP's sentence
 * scores and the judged tone of the judging sentences ({@link JudgedTone}).
 */
public final class VerdictCrossValidator {
  /** The scores compared, in the order they are reported. */
  public static final List<String> SCORES =
      List.of("verdict_score", "judged_tone", "mean_score", "word_polarity");

  /**
   * One fold's figures, or all folds' pooled ({@code fold} 0).
   *
   * @param fold 1 to the number of folds; 0 for every held-out reading pooled
   * @param films how many films it holds
   * @param reviews how many reviews
   * @param spearman each score's rank correlation with the ratings, by {@link #SCORES} name
   */
  public record Fold(int fold, int films, int reviews, Map<String, Double> spearman) {}

  private final int folds;
  private final double l2Cost;

  public VerdictCrossValidator(int folds, double l2Cost) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs two folds or more");
    }
    this.folds = folds;
    this.l2Cost = l2Cost;
  }

  /** Each fold's figures, then the pooled ones. */
  public List<Fold> evaluate(List<VerdictExample> examples) {
    Map<String, Integer> foldOf = foldsByFilm(examples);
    Map<String, Double> verdicts = new LinkedHashMap<>();
    for (int f = 1; f <= folds; f++) {
      int fold = f;
      List<VerdictExample> training =
          examples.stream().filter(e -> foldOf.get(filmKey(e)) != fold).toList();
      VerdictModel model = VerdictModel.train(training, l2Cost);
      examples.stream()
          .filter(e -> foldOf.get(filmKey(e)) == fold)
          .forEach(e -> verdicts.put(e.reviewId(), model.read(e.sentences(), e.words()).score()));
    }
    List<Fold> result = new ArrayList<>();
    for (int f = 1; f <= folds; f++) {
      int fold = f;
      result.add(
          figures(
              fold,
              examples.stream().filter(e -> foldOf.get(filmKey(e)) == fold).toList(),
              verdicts));
    }
    result.add(figures(0, examples, verdicts));
    return result;
  }

  private static Fold figures(int fold, List<VerdictExample> part, Map<String, Double> verdicts) {
    Map<String, ToDoubleFunction<VerdictExample>> scores = new LinkedHashMap<>();
    scores.put(SCORES.get(0), e -> verdicts.get(e.reviewId()));
    scores.put(SCORES.get(1), e -> JudgedTone.of(e.sentences()).score());
    scores.put(
        SCORES.get(2),
        e -> Stats.mean(e.sentences().stream().mapToDouble(Sentence::score).toArray()));
    scores.put(
        SCORES.get(3),
        e ->
            PolarityModel.builtIn()
                .lean(String.join(" ", e.sentences().stream().map(Sentence::text).toList())));
    double[] ratings = part.stream().mapToDouble(VerdictExample::rating).toArray();
    Map<String, Double> spearman = new LinkedHashMap<>();
    scores.forEach(
        (name, score) ->
            spearman.put(
                name,
                new SpearmansCorrelation()
                    .correlation(ratings, part.stream().mapToDouble(score).toArray())));
    int films = (int) part.stream().map(VerdictCrossValidator::filmKey).distinct().count();
    return new Fold(fold, films, part.size(), spearman);
  }

  /** Films in order of their mean rating, then name, dealt into folds 1, 2, … in turn. */
  private Map<String, Integer> foldsByFilm(List<VerdictExample> examples) {
    Map<String, List<Double>> ratings = new TreeMap<>();
    examples.forEach(
        e -> ratings.computeIfAbsent(filmKey(e), k -> new ArrayList<>()).add(e.rating()));
    List<String> films = new ArrayList<>(ratings.keySet());
    films.sort(
        Comparator.comparingDouble(
                (String film) ->
                    Stats.mean(ratings.get(film).stream().mapToDouble(d -> d).toArray()))
            .thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (int i = 0; i < films.size(); i++) {
      foldOf.put(films.get(i), i % folds + 1);
    }
    return foldOf;
  }

  private static String filmKey(VerdictExample e) {
    return e.film().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
