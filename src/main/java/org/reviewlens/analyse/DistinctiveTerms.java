package org.reviewlens.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The words that set each review apart from the others: the weighted log-odds ratio with an
 * informative Dirichlet prior of Monroe, Colaresi and Quinn (2008, "Fightin' Words"), each review
 * against the rest of the corpus.
 *
 * <p>The prior is the whole corpus: α_w is the corpus count of w and α_0 the corpus size. For
 * review i and the rest j, δ_w = ln((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − ln((y_jw + α_w) /
 * (n_j + α_0 − y_jw − α_w)), its variance σ² ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w), and the z-score
 * is δ_w / σ. A z-score above about 2 marks a word the review uses distinctly more.
 */
public final class DistinctiveTerms {
  private DistinctiveTerms() {}

  /** Lemma counts keyed by review id, in review order. */
  public static Table table(Map<String, Map<String, Integer>> countsByReview) {
    Map<String, Integer> corpus = new HashMap<>();
    countsByReview.values().forEach(c -> c.forEach((w, n) -> corpus.merge(w, n, Integer::sum)));
    double a0 = corpus.values().stream().mapToInt(Integer::intValue).sum();
    Table t = Table.create("distinctive_terms", StringColumn.create("review_id"), StringColumn.create("term"),
        IntColumn.create("count"), DoubleColumn.create("z_score"));
    for (Map.Entry<String, Map<String, Integer>> review : countsByReview.entrySet()) {
      Map<String, Integer> mine = review.getValue();
      double ni = mine.values().stream().mapToInt(Integer::intValue).sum();
      double nj = a0 - ni;
      List<Map.Entry<String, Double>> scores = new ArrayList<>();
      for (Map.Entry<String, Integer> e : mine.entrySet()) {
        double alpha = corpus.get(e.getKey());
        scores.add(Map.entry(e.getKey(), zScore(e.getValue(), corpus.get(e.getKey()) - e.getValue(), ni, nj, alpha, a0)));
      }
      scores.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
      for (Map.Entry<String, Double> s : scores) {
        t.stringColumn("review_id").append(review.getKey());
        t.stringColumn("term").append(s.getKey());
        t.intColumn("count").append(mine.get(s.getKey()));
        t.doubleColumn("z_score").append(s.getValue());
      }
    }
    return t;
  }

  /** Monroe et al.'s z-score of one word: yi and yj its counts in the two groups. */
  static double zScore(double yi, double yj, double ni, double nj, double alpha, double a0) {
    double delta = Math.log((yi + alpha) / (ni + a0 - yi - alpha)) - Math.log((yj + alpha) / (nj + a0 - yj - alpha));
    double variance = 1 / (yi + alpha) + 1 / (yj + alpha);
    return delta / Math.sqrt(variance);
  }
}
