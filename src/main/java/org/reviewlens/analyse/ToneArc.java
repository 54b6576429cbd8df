package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.List;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Charts;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.PlotlyText;
import org.reviewlens.analyse.view.Slot;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * {@code tone_arc.csv}: one row per review and bin of normalised time, the mean score of the
 * sentences in the bin, and the DCT low-pass curve ({@link DctSmoother}) at the bin's centre.
 */
public final class ToneArc extends Analysis {
  public static final OutputColumn.Whole BIN = OutputColumn.whole("bin");
  public static final OutputColumn.Real POSITION = OutputColumn.real("position");
  public static final OutputColumn.Whole SENTENCES = OutputColumn.whole("sentences");
  public static final OutputColumn.Real MEAN_SCORE = OutputColumn.real("mean_score");
  public static final OutputColumn.Real SMOOTHED = OutputColumn.real("smoothed");
  public static final OutputTable TABLE =
      OutputTable.of("tone_arc", REVIEW_ID, BIN, POSITION, SENTENCES, MEAN_SCORE, SMOOTHED);

  public ToneArc() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    Tone tone = new Tone(input.tone());
    ToneOptions options = input.tone();
    return perReview(
        input,
        (r, t) -> {
          double[] scores = Tone.scores(tone.voice(r));
          if (scores.length == 0) {
            return;
          }
          DctSmoother smoother = new DctSmoother(scores, options.componentsFor(scores.length));
          int bins = options.bins();
          double[] sums = new double[bins];
          int[] counts = new int[bins];
          for (int i = 0; i < scores.length; i++) {
            int bin = Math.min(bins - 1, (int) Math.floor((i + 0.5) / scores.length * bins));
            sums[bin] += scores[i];
            counts[bin]++;
          }
          for (int b = 0; b < bins; b++) {
            double centre = (b + 0.5) / bins;
            TABLE
                .row(t)
                .set(REVIEW_ID, r.reviewId())
                .set(BIN, b)
                .set(POSITION, centre)
                .set(SENTENCES, counts[b])
                .set(MEAN_SCORE, counts[b] == 0 ? Double.NaN : sums[b] / counts[b])
                .set(SMOOTHED, smoother.at(centre))
                .add();
          }
        });
  }

  @Override
  public List<DashboardPart> dashboard(Table t) {
    List<Trace> traces = new ArrayList<>();
    for (String review : Charts.distinct(t, REVIEW_ID)) {
      Table arc = t.where(REVIEW_ID.of(t).isEqualTo(review));
      traces.add(
          ScatterTrace.builder(POSITION.of(arc), SMOOTHED.of(arc))
              .mode(ScatterTrace.Mode.LINE)
              .name(PlotlyText.plain(review))
              .build());
    }
    String title = "Tone across each review";
    Chart chart =
        new Chart(
            "tone_arcs",
            title,
            "Smoothed sentiment (DCT low-pass) from the first sentence (0) to the last (1), one"
                + " line per review. Compare shapes, not heights: plot summary reads as negative.",
            new Figure(
                Charts.layout(title, "position in review", "smoothed tone").build(),
                traces.toArray(Trace[]::new)));
    return List.of(new DashboardPart.ChartPart(Slot.TONE, chart));
  }
}
