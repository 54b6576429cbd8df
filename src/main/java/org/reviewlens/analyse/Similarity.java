package org.reviewlens.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Charts;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.HoverHeatmapTrace;
import org.reviewlens.analyse.view.PlotlyText;
import org.reviewlens.analyse.view.Slot;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * How alike two reviews are in vocabulary: the cosine of their TF-IDF vectors over content lemmas
 * ({@link Terms}). TF is the raw count; IDF is the smoothed ln((1 + N) / (1 + df)) + 1, as in
 * scikit-learn, so a word every review uses still counts a little. 1 means the same word mix, 0 no
 * word in common.
 */
public final class Similarity extends Analysis {
  public static final OutputColumn.Text REVIEW_A = OutputColumn.text("review_a");
  public static final OutputColumn.Text REVIEW_B = OutputColumn.text("review_b");
  public static final OutputColumn.Real SIMILARITY = OutputColumn.real("similarity");
  public static final OutputTable TABLE =
      OutputTable.of("similarity", REVIEW_A, REVIEW_B, SIMILARITY);

  public Similarity() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    return table(Terms.byReview(input.reviews()));
  }

  /** One row per unordered pair of reviews, in review order, for these lemma counts. */
  static Table table(Map<String, Map<String, Integer>> countsByReview) {
    List<String> ids = new ArrayList<>(countsByReview.keySet());
    Map<String, Integer> df = new HashMap<>();
    countsByReview.values().forEach(c -> c.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
    int n = ids.size();
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (String id : ids) {
      Map<String, Double> v = new HashMap<>();
      countsByReview
          .get(id)
          .forEach((w, tf) -> v.put(w, tf * (Math.log((1.0 + n) / (1.0 + df.get(w))) + 1)));
      vectors.add(v);
    }
    Table t = TABLE.create();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        TABLE
            .row(t)
            .set(REVIEW_A, ids.get(a))
            .set(REVIEW_B, ids.get(b))
            .set(SIMILARITY, cosine(vectors.get(a), vectors.get(b)))
            .add();
      }
    }
    return t;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double norm =
        Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum())
            * Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
    return norm == 0 ? 0 : dot / norm;
  }

  @Override
  public List<DashboardPart> dashboard(Table pairs) {
    List<String> reviews = Charts.distinct(pairs, REVIEW_A);
    REVIEW_B.of(pairs).asList().stream().filter(r -> !reviews.contains(r)).forEach(reviews::add);
    double[][] z = new double[reviews.size()][reviews.size()];
    String[][] text = new String[reviews.size()][reviews.size()];
    for (int a = 0; a < reviews.size(); a++) {
      for (int b = 0; b < reviews.size(); b++) {
        z[a][b] = a == b ? 1 : Double.NaN;
        text[a][b] =
            PlotlyText.plain(reviews.get(a) + " vs " + reviews.get(b) + (a == b ? ": itself" : ""));
      }
    }
    for (Row r : pairs) {
      int a = reviews.indexOf(REVIEW_A.get(r));
      int b = reviews.indexOf(REVIEW_B.get(r));
      double v = SIMILARITY.get(r);
      z[a][b] = v;
      z[b][a] = v;
      String label =
          String.format(Locale.ROOT, "%s vs %s: cosine %.2f", REVIEW_A.get(r), REVIEW_B.get(r), v);
      text[a][b] = PlotlyText.plain(label);
      text[b][a] = PlotlyText.plain(label);
    }
    String[] labels = PlotlyText.plain(reviews.toArray(String[]::new));
    String title = "How alike the reviews' vocabularies are";
    Chart chart =
        new Chart(
            "similarity",
            title,
            "Cosine similarity of TF-IDF vectors of content lemmas: 1 is the same word mix, 0 no"
                + " word in common. Darker cells are closer pairs.",
            new Figure(
                Charts.layout(title, "review", "review").margin(Charts.HEATMAP_MARGIN).build(),
                new HoverHeatmapTrace(
                    labels, labels, z, text, HoverHeatmapTrace.Scale.SEQUENTIAL, 1)));
    return List.of(new DashboardPart.ChartPart(Slot.TEXT, chart));
  }
}
