package org.reviewlens.analyse.verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewlens.extract.learn.Maxent;

/**
 * How favourable a sentence's words are, learned from many reviews labelled only as favourable or
 * not: a logistic regression over the words and word pairs present ({@link PolarityTokens}), whose
 * weights then read one sentence at a time. It knows the words critics praise and fault with that
 * no hand list holds ("a slog", "stays with you"); {@link VerdictModel} weighs what it says.
 */
public final class PolarityModel {
  /** The model that ships with the tool (docs/verdict.md says what it was trained on). */
  static final String RESOURCE = "polarity-model.bin";

  static final String FAVOURABLE = "FAVOURABLE";
  static final String UNFAVOURABLE = "UNFAVOURABLE";

  /** A word is learned only from this many reviews or more. */
  static final int MIN_REVIEWS = 10;

  static final double L2_COST = 1;

  /**
   * One training review.
   *
   * @param key orders the training events
   * @param text its text
   * @param favourable whether its rating is favourable
   */
  public record Example(String key, String text, boolean favourable) {}

  private static PolarityModel builtIn;

  private final Maxent model;
  private final Map<String, Double> weights;

  private PolarityModel(Maxent model) {
    this.model = model;
    this.weights = Map.copyOf(model.weightsToward(FAVOURABLE));
  }

  /** The model that ships with the tool, read once per JVM. */
  public static synchronized PolarityModel builtIn() {
    if (builtIn == null) {
      builtIn = new PolarityModel(Maxent.readResource(PolarityModel.class, RESOURCE));
    }
    return builtIn;
  }

  /** A model that {@code review-lens train polarity} wrote; a file that is not one is bad input. */
  public static PolarityModel read(Path file) {
    return new PolarityModel(Maxent.readFile(file, "a polarity model"));
  }

  /** Trains a model on reviews labelled favourable or not. */
  public static PolarityModel train(List<Example> examples) {
    List<Set<String>> words = examples.stream().map(e -> wordsOf(e.text())).toList();
    Map<String, Integer> reviews = new HashMap<>();
    words.forEach(ws -> ws.forEach(w -> reviews.merge(w, 1, Integer::sum)));
    List<Maxent.Event> events = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      List<String> context =
          words.get(i).stream().filter(w -> reviews.get(w) >= MIN_REVIEWS).toList();
      events.add(
          new Maxent.Event(
              examples.get(i).key(),
              examples.get(i).favourable() ? FAVOURABLE : UNFAVOURABLE,
              context));
    }
    return new PolarityModel(Maxent.train(events, L2_COST));
  }

  /**
   * How far the words of a text lean toward a favourable review: the sum of their weights, in
   * log-odds, without the model's intercept; 0 for a text of unknown words.
   */
  public double lean(String text) {
    double sum = 0;
    for (String w : wordsOf(text)) {
      sum += weights.getOrDefault(w, 0.0);
    }
    return sum;
  }

  /** The probability OpenNLP's own evaluation gives a favourable review, for checking. */
  double favourableProbability(String text) {
    return model.probability(FAVOURABLE, List.copyOf(wordsOf(text)));
  }

  /** The words with the largest weights either way; positive leans favourable. */
  public List<Maxent.FeatureWeight> strongestFeatures(int n) {
    return model.strongestFeatures(FAVOURABLE, n);
  }

  /** The model file's bytes. */
  public byte[] bytes() {
    return model.bytes();
  }

  /** The marked words of a text and each pair of neighbours ("not_worth", "a slog"). */
  private static Set<String> wordsOf(String text) {
    List<String> tokens = PolarityTokens.of(text);
    Set<String> words = new LinkedHashSet<>(tokens);
    for (int i = 1; i < tokens.size(); i++) {
      words.add(tokens.get(i - 1) + " " + tokens.get(i));
    }
    return words;
  }
}
