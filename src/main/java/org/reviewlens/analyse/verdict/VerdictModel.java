package org.reviewlens.analyse.verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.Word;
import org.reviewlens.extract.learn.Maxent;

/**
 * The critic's verdict, learned from critics' ratings: a logistic regression over the mean of the
 * sentences' {@link VerdictFeatures}, fitted to the rating itself (a review rated 0.7 counts seven
 * tenths toward a favourable verdict and three tenths against), with OpenNLP's L2-regularised
 * maximum entropy trainer ({@link Maxent}). Deterministic: the same examples give a byte-identical
 * model.
 *
 * <p>Being linear in the mean of the sentences' features, the verdict splits exactly into one part
 * per sentence ({@link VerdictReading#weights()}), which is how the dashboard explains it.
 */
public final class VerdictModel {
  /** The model that ships with the tool, trained on the rated reviews of the development set. */
  static final String RESOURCE = "verdict-model.bin";

  static final String FAVOURABLE = "FAVOURABLE";
  static final String UNFAVOURABLE = "UNFAVOURABLE";

  /** The intercept: a feature every review has, once. */
  static final String BIAS = "bias";

  /** How finely a rating is split between the two outcomes: in tenths. */
  static final int SHARES = 10;

  /**
   * A word is learned only from this many reviews or more; rarer ones are a film's, not a
   * verdict's.
   */
  static final int MIN_REVIEWS = 3;

  /** Chosen on the development folds (docs/verdict.md). */
  public static final double L2_COST = 8;

  /** The key of all sentences in a count of sentences by role. */
  private static final String ALL = "";

  private static VerdictModel builtIn;

  private final Maxent model;
  private final Map<String, Double> weights;
  private final VerdictFeatures features = features();

  private VerdictModel(Maxent model) {
    this.model = model;
    this.weights = Map.copyOf(model.weightsToward(FAVOURABLE));
  }

  /** The features every verdict model reads: with the built-in polarity model. */
  private static VerdictFeatures features() {
    return new VerdictFeatures(PolarityModel.builtIn());
  }

  /** The model that ships with the tool, read once per JVM. */
  public static synchronized VerdictModel builtIn() {
    if (builtIn == null) {
      builtIn = new VerdictModel(Maxent.readResource(VerdictModel.class, RESOURCE));
    }
    return builtIn;
  }

  /** A model that {@code review-lens train} wrote; a file that is not one is bad input. */
  public static VerdictModel read(Path file) {
    return new VerdictModel(Maxent.readFile(file, "a verdict model"));
  }

  /** Trains a model on rated reviews, with the L2 cost the tool uses. */
  public static VerdictModel train(List<VerdictExample> examples) {
    return train(examples, L2_COST);
  }

  /** Trains a model on rated reviews with this L2 cost. */
  public static VerdictModel train(List<VerdictExample> examples, double l2Cost) {
    VerdictFeatures features = features();
    Set<String> rare = rareWords(examples, features);
    List<Maxent.Event> events = new ArrayList<>();
    for (VerdictExample e : examples) {
      Map<String, Double> review = reviewFeatures(e.sentences(), e.words(), features);
      review.keySet().removeAll(rare);
      List<String> context = List.copyOf(review.keySet());
      List<Double> values = List.copyOf(review.values());
      int favourable = (int) Math.round(e.rating() * SHARES);
      for (int i = 0; i < SHARES; i++) {
        String outcome = i < favourable ? FAVOURABLE : UNFAVOURABLE;
        events.add(new Maxent.Event(e.reviewId() + "/" + i, outcome, context, values));
      }
    }
    return new VerdictModel(Maxent.train(events, l2Cost));
  }

  /**
   * The verdict of some sentences of one review and each one's part in it.
   *
   * @param words the review's tokens (only those of the sentences given are read)
   */
  public VerdictReading read(List<Sentence> sentences, List<Word> words) {
    Map<Integer, List<Word>> bySentence = bySentence(words);
    return read(sentences, s -> bySentence.getOrDefault(s.index(), List.of()));
  }

  /**
   * The verdict of some sentences, of one review or several, and each one's part in it.
   *
   * @param words each sentence's tokens
   */
  public VerdictReading read(List<Sentence> sentences, Function<Sentence, List<Word>> words) {
    if (sentences.isEmpty()) {
      return new VerdictReading(Double.NaN, List.of());
    }
    Map<String, Integer> roles = roleCounts(sentences);
    double logOdds = weights.getOrDefault(BIAS, 0.0);
    List<VerdictReading.SentenceWeight> parts = new ArrayList<>();
    for (Sentence s : sentences) {
      double part = 0;
      for (Map.Entry<String, Double> f : features.of(s, words.apply(s)).entrySet()) {
        part += weights.getOrDefault(f.getKey(), 0.0) * f.getValue() / share(f.getKey(), roles);
      }
      logOdds += part;
      parts.add(new VerdictReading.SentenceWeight(s.index(), part));
    }
    return new VerdictReading(2 / (1 + Math.exp(-logOdds)) - 1, parts);
  }

  /** The probability OpenNLP's own evaluation gives a favourable rating, for checking. */
  double favourableProbability(List<Sentence> sentences, List<Word> words) {
    Map<String, Double> review = reviewFeatures(sentences, words, features);
    return model.probability(
        FAVOURABLE, List.copyOf(review.keySet()), List.copyOf(review.values()));
  }

  /** The features with the largest weights either way; positive leans to a favourable verdict. */
  public List<Maxent.FeatureWeight> strongestFeatures(int n) {
    return model.strongestFeatures(FAVOURABLE, n);
  }

  /** The model file's bytes. */
  public byte[] bytes() {
    return model.bytes();
  }

  /** The mean of the sentences' features, and the intercept. */
  private static Map<String, Double> reviewFeatures(
      List<Sentence> sentences, List<Word> words, VerdictFeatures reader) {
    Map<Integer, List<Word>> bySentence = bySentence(words);
    Map<String, Integer> roles = roleCounts(sentences);
    Map<String, Double> features = new TreeMap<>();
    for (Sentence s : sentences) {
      reader
          .of(s, bySentence.getOrDefault(s.index(), List.of()))
          .forEach((name, value) -> features.merge(name, value / share(name, roles), Double::sum));
    }
    features.put(BIAS, 1.0);
    return features;
  }

  /**
   * What a feature's sentence values are divided by: the number of sentences of its role for a
   * feature of one role ("praise|evaluation" is the mean praise of the judging sentences), the
   * number of all sentences otherwise.
   */
  private static double share(String feature, Map<String, Integer> roles) {
    int bar = feature.lastIndexOf(VerdictFeatures.ROLE);
    return bar < 0
        ? roles.get(ALL)
        : roles.getOrDefault(feature.substring(bar + 1), roles.get(ALL));
  }

  private static Map<String, Integer> roleCounts(List<Sentence> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    counts.put(ALL, sentences.size());
    sentences.forEach(s -> counts.merge(VerdictFeatures.role(s), 1, Integer::sum));
    return counts;
  }

  /** The words fewer than {@link #MIN_REVIEWS} of the examples use. */
  private static Set<String> rareWords(List<VerdictExample> examples, VerdictFeatures features) {
    Map<String, Integer> reviews = new HashMap<>();
    for (VerdictExample e : examples) {
      reviewFeatures(e.sentences(), e.words(), features).keySet().stream()
          .filter(f -> f.startsWith(VerdictFeatures.WORD))
          .forEach(f -> reviews.merge(f, 1, Integer::sum));
    }
    Set<String> rare = new HashSet<>();
    reviews.forEach(
        (f, n) -> {
          if (n < MIN_REVIEWS) {
            rare.add(f);
          }
        });
    return rare;
  }

  private static Map<Integer, List<Word>> bySentence(List<Word> words) {
    Map<Integer, List<Word>> result = new HashMap<>();
    for (Word w : words) {
      result.computeIfAbsent(w.sentenceIndex(), k -> new ArrayList<>()).add(w);
    }
    return result;
  }
}
