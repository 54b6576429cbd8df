package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.COUNT;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Charts;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.PlotlyText;
import org.reviewlens.analyse.view.Slot;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The words that set each review apart from the others: the weighted log-odds ratio with an
 * informative Dirichlet prior of Monroe, Colaresi and Quinn (2008, "Fightin' Words"), each review
 * against the rest of the corpus.
 *
 * <p>The prior is the whole corpus: α_w is the corpus count of w and α_0 the corpus size. For
 * review i and the rest j, δ_w = ln((y_iw + α_w) / (n_i + α_0 − y_iw − α_w)) − ln((y_jw + α_w) /
 * (n_j + α_0 − y_jw − α_w)), its variance σ² ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w), and the z-score is
 * δ_w / σ. A z-score above about 2 marks a word the review uses distinctly more.
 */
public final class DistinctiveTerms extends Analysis {
  public static final OutputColumn.Text TERM = OutputColumn.text("term");
  public static final OutputColumn.Real Z_SCORE = OutputColumn.real("z_score");
  public static final OutputTable TABLE =
      OutputTable.of("distinctive_terms", REVIEW_ID, TERM, COUNT, Z_SCORE);

  static final int TOP_TERMS = 10;

  public DistinctiveTerms() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    return table(Terms.byReview(input.reviews()));
  }

  /** The table for these lemma counts, keyed by review id, in review order. */
  static Table table(Map<String, Map<String, Integer>> countsByReview) {
    Map<String, Integer> corpus = new HashMap<>();
    countsByReview.values().forEach(c -> c.forEach((w, n) -> corpus.merge(w, n, Integer::sum)));
    double a0 = corpus.values().stream().mapToInt(Integer::intValue).sum();
    Table t = TABLE.create();
    for (Map.Entry<String, Map<String, Integer>> review : countsByReview.entrySet()) {
      Map<String, Integer> mine = review.getValue();
      double ni = mine.values().stream().mapToInt(Integer::intValue).sum();
      double nj = a0 - ni;
      List<Map.Entry<String, Double>> scores = new ArrayList<>();
      for (Map.Entry<String, Integer> e : mine.entrySet()) {
        double alpha = corpus.get(e.getKey());
        scores.add(
            Map.entry(
                e.getKey(),
                zScore(e.getValue(), corpus.get(e.getKey()) - e.getValue(), ni, nj, alpha, a0)));
      }
      scores.sort(
          Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()));
      for (Map.Entry<String, Double> s : scores) {
        TABLE
            .row(t)
            .set(REVIEW_ID, review.getKey())
            .set(TERM, s.getKey())
            .set(COUNT, mine.get(s.getKey()))
            .set(Z_SCORE, s.getValue())
            .add();
      }
    }
    return t;
  }

  /** Monroe et al.'s z-score of one word: yi and yj its counts in the two groups. */
  static double zScore(double yi, double yj, double ni, double nj, double alpha, double a0) {
    double delta =
        Math.log((yi + alpha) / (ni + a0 - yi - alpha))
            - Math.log((yj + alpha) / (nj + a0 - yj - alpha));
    double variance = 1 / (yi + alpha) + 1 / (yj + alpha);
    return delta / Math.sqrt(variance);
  }

  @Override
  public List<DashboardPart> dashboard(Table terms) {
    List<Trace> traces = new ArrayList<>();
    for (String review : Charts.distinct(terms, REVIEW_ID)) {
      Table mine = terms.where(REVIEW_ID.of(terms).isEqualTo(review)).first(TOP_TERMS);
      String[] labels =
          TERM.of(mine).asList().stream().map(t -> review + ": " + t).toArray(String[]::new);
      traces.add(
          BarTrace.builder(PlotlyText.plain(labels), Z_SCORE.of(mine).asDoubleArray())
              .orientation(BarTrace.Orientation.HORIZONTAL)
              .name(PlotlyText.plain(review))
              .build());
    }
    String title = "Distinctive words of each review";
    Chart chart =
        new Chart(
            "distinctive_terms",
            title,
            "The "
                + TOP_TERMS
                + " lemmas each review uses most distinctly against the others (weighted log-odds,"
                + " Monroe et al. 2008). A z-score above 2 is a clear difference.",
            new Figure(
                Layout.builder()
                    .title(title)
                    .height(Math.max(500, 24 * TOP_TERMS * traces.size()))
                    .margin(Margin.builder().left(260).build())
                    .xAxis(Axis.builder().title("z-score").build())
                    .yAxis(Axis.builder().autoRange(Axis.AutoRange.REVERSED).build())
                    .build(),
                traces.toArray(Trace[]::new)));
    return List.of(new DashboardPart.ChartPart(Slot.TEXT, chart));
  }
}
