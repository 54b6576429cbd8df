package org.reviewlens.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How alike two reviews are in vocabulary: the cosine of their TF-IDF vectors over content lemmas
 * ({@link Terms}). TF is the raw count; IDF is the smoothed ln((1 + N) / (1 + df)) + 1, as in
 * scikit-learn, so a word every review uses still counts a little. 1 means the same word mix, 0
 * no word in common.
 */
public final class Similarity {
  private Similarity() {}

  /** One row per unordered pair of reviews, in review order. */
  public static Table table(Map<String, Map<String, Integer>> countsByReview) {
    List<String> ids = new ArrayList<>(countsByReview.keySet());
    Map<String, Integer> df = new HashMap<>();
    countsByReview.values().forEach(c -> c.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
    int n = ids.size();
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (String id : ids) {
      Map<String, Double> v = new HashMap<>();
      countsByReview.get(id).forEach((w, tf) -> v.put(w, tf * (Math.log((1.0 + n) / (1.0 + df.get(w))) + 1)));
      vectors.add(v);
    }
    Table t = Table.create("similarity", StringColumn.create("review_a"), StringColumn.create("review_b"), DoubleColumn.create("similarity"));
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        t.stringColumn("review_a").append(ids.get(a));
        t.stringColumn("review_b").append(ids.get(b));
        t.doubleColumn("similarity").append(cosine(vectors.get(a), vectors.get(b)));
      }
    }
    return t;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double norm = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum()) * Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
    return norm == 0 ? 0 : dot / norm;
  }
}
