package org.reviewlens.analyse.verdict;

import java.util.Comparator;
import java.util.List;

/**
 * What the verdict model reads in some sentences: a review's voice, or its sentences about one
 * character.
 *
 * @param score the verdict, from -1 (a pan) to +1 (a rave): twice the probability the model gives a
 *     favourable rating, less one; NaN when there is no sentence to read
 * @param weights each sentence's part in the verdict, in sentence order
 */
public record VerdictReading(double score, List<SentenceWeight> weights) {
  /**
   * One sentence's part in a verdict: how far it moves the log-odds of a favourable rating, above 0
   * toward a rave, below 0 toward a pan.
   *
   * @param index the sentence's index in its review
   * @param weight its share of the log-odds
   */
  public record SentenceWeight(int index, double weight) {}

  public VerdictReading {
    weights = List.copyOf(weights);
  }

  /** The sentences that weighed most either way, heaviest first. */
  public List<SentenceWeight> heaviest(int n) {
    return weights.stream()
        .sorted(
            Comparator.comparingDouble((SentenceWeight w) -> -Math.abs(w.weight()))
                .thenComparingInt(SentenceWeight::index))
        .limit(n)
        .toList();
  }
}
