package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Charts;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.PlotlyText;
import org.reviewlens.analyse.view.Slot;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.roles.SentenceRole;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * {@code tone_arc.csv}: one row per review and bin of normalised time, the mean score of the
 * sentences in the bin, the DCT low-pass curve ({@link DctSmoother}) at the bin's centre, and how
 * many of the bin's sentences play each {@link SentenceRole}.
 */
public final class ToneArc extends Analysis {
  public static final OutputColumn.Whole BIN = OutputColumn.whole("bin");
  public static final OutputColumn.Real POSITION = OutputColumn.real("position");
  public static final OutputColumn.Whole SENTENCES = OutputColumn.whole("sentences");
  public static final OutputColumn.Real MEAN_SCORE = OutputColumn.real("mean_score");
  public static final OutputColumn.Real SMOOTHED = OutputColumn.real("smoothed");
  public static final OutputColumn.Whole EVALUATION_SENTENCES =
      OutputColumn.whole("evaluation_sentences");
  public static final OutputColumn.Whole SUMMARY_SENTENCES =
      OutputColumn.whole("summary_sentences");
  public static final OutputColumn.Whole CONTEXT_SENTENCES =
      OutputColumn.whole("context_sentences");
  public static final OutputTable TABLE =
      OutputTable.of(
          "tone_arc",
          REVIEW_ID,
          BIN,
          POSITION,
          SENTENCES,
          MEAN_SCORE,
          SMOOTHED,
          EVALUATION_SENTENCES,
          SUMMARY_SENTENCES,
          CONTEXT_SENTENCES);

  /** The count column of each role, in the order a tie between roles is settled. */
  private static final Map<SentenceRole, OutputColumn.Whole> ROLE_COUNTS =
      new EnumMap<>(
          Map.of(
              SentenceRole.EVALUATION, EVALUATION_SENTENCES,
              SentenceRole.SUMMARY, SUMMARY_SENTENCES,
              SentenceRole.CONTEXT, CONTEXT_SENTENCES));

  private static final Map<SentenceRole, Symbol> ROLE_SYMBOLS =
      Map.of(
          SentenceRole.EVALUATION, Symbol.CIRCLE,
          SentenceRole.SUMMARY, Symbol.SQUARE,
          SentenceRole.CONTEXT, Symbol.DIAMOND);

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
          List<Sentence> voice = tone.voice(r);
          double[] scores = Tone.scores(voice);
          if (scores.length == 0) {
            return;
          }
          DctSmoother smoother = new DctSmoother(scores, options.componentsFor(scores.length));
          int bins = options.bins();
          double[] sums = new double[bins];
          int[] counts = new int[bins];
          Map<SentenceRole, int[]> roles = new EnumMap<>(SentenceRole.class);
          ROLE_COUNTS.keySet().forEach(role -> roles.put(role, new int[bins]));
          for (int i = 0; i < scores.length; i++) {
            int bin = Math.min(bins - 1, (int) Math.floor((i + 0.5) / scores.length * bins));
            sums[bin] += scores[i];
            counts[bin]++;
            roles.get(voice.get(i).role())[bin]++;
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
                .set(EVALUATION_SENTENCES, roles.get(SentenceRole.EVALUATION)[b])
                .set(SUMMARY_SENTENCES, roles.get(SentenceRole.SUMMARY)[b])
                .set(CONTEXT_SENTENCES, roles.get(SentenceRole.CONTEXT)[b])
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
    ROLE_COUNTS.keySet().forEach(role -> roleMarkers(t, role).ifPresent(traces::add));
    String title = "Tone across each review";
    Chart chart =
        new Chart(
            "tone_arcs",
            title,
            "Smoothed sentiment (DCT low-pass) from the first sentence (0) to the last (1), one"
                + " line per review. Each tenth of a review is marked by what most of its sentences"
                + " do: judge the film (evaluation), retell the story (summary) or give context."
                + " Compare shapes, not heights: plot summary reads as negative.",
            new Figure(
                Charts.layout(title, "position in review", "smoothed tone").build(),
                traces.toArray(Trace[]::new)));
    return List.of(new DashboardPart.ChartPart(Slot.TONE, chart));
  }

  /**
   * One marker trace for a role: a point on each review's curve at every bin where that role is the
   * most common (ties go to evaluation, then summary), empty when no bin is.
   */
  private static Optional<Trace> roleMarkers(Table t, SentenceRole role) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<String> text = new ArrayList<>();
    for (Row row : t) {
      if (SENTENCES.get(row) > 0 && dominantRole(row) == role) {
        x.add(POSITION.get(row));
        y.add(SMOOTHED.get(row));
        text.add(
            PlotlyText.plain(
                String.format(
                    Locale.ROOT,
                    "%s, bin %d: %d evaluation, %d summary, %d context",
                    REVIEW_ID.get(row),
                    BIN.get(row),
                    EVALUATION_SENTENCES.get(row),
                    SUMMARY_SENTENCES.get(row),
                    CONTEXT_SENTENCES.get(row))));
      }
    }
    if (x.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ScatterTrace.builder(
                x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray())
            .mode(ScatterTrace.Mode.MARKERS)
            .marker(Marker.builder().symbol(ROLE_SYMBOLS.get(role)).size(9).build())
            .text(text.toArray(String[]::new))
            .name(role.label())
            .build());
  }

  private static SentenceRole dominantRole(Row row) {
    SentenceRole best = SentenceRole.EVALUATION;
    for (Map.Entry<SentenceRole, OutputColumn.Whole> e : ROLE_COUNTS.entrySet()) {
      if (e.getValue().get(row) > ROLE_COUNTS.get(best).get(row)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
