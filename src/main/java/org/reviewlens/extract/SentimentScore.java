package org.reviewlens.extract;

import java.util.List;

/** Turns CoreNLP's five sentiment class probabilities into one number. */
final class SentimentScore {
  private SentimentScore() {}

  /**
   * The expected class (0 very negative … 4 very positive) mapped linearly to [-1, +1]: a sentence
   * certain to be "Very negative" scores -1, a certainly neutral one 0.
   */
  static double of(List<Double> probabilities) {
    double expected = 0;
    for (int i = 0; i < probabilities.size(); i++) {
      expected += i * probabilities.get(i);
    }
    return (expected - 2) / 2;
  }
}
