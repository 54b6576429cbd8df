package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.CHAR_BEGIN;
import static org.reviewlens.analyse.Columns.CHAR_END;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.SENTENCE_INDEX;
import static org.reviewlens.analyse.Columns.TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Charts;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.Evidence;
import org.reviewlens.analyse.view.PlotlyText;
import org.reviewlens.analyse.view.Slot;
import org.reviewlens.extract.Sentence;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/** {@code sentences.csv}: one row per sentence, with its sentiment. */
public final class SentencesTable extends Analysis {
  public static final OutputColumn.Real POSITION = OutputColumn.real("position");
  public static final OutputColumn.Text SENTIMENT = OutputColumn.text("sentiment");
  public static final OutputColumn.Real SENTIMENT_SCORE = OutputColumn.real("sentiment_score");
  public static final OutputColumn.Flag DIALOGUE = OutputColumn.flag("dialogue");

  /**
   * Whether the tone analyses read the sentence: false for a dialogue line unless the run includes
   * dialogue.
   */
  public static final OutputColumn.Flag IN_TONE = OutputColumn.flag("in_tone");

  public static final OutputColumn.Text ROLE = OutputColumn.text("role");
  public static final OutputColumn.Text ROLE_CUE = OutputColumn.text("role_cue");
  public static final OutputColumn.Whole JUDGEMENT = OutputColumn.whole("judgement");

  /**
   * The sentence's part in its review's {@code verdict_score}, in log-odds: above 0 toward a rave,
   * below 0 toward a pan; empty for a sentence the tone does not read.
   */
  public static final OutputColumn.Real VERDICT_WEIGHT = OutputColumn.real("verdict_weight");

  public static final OutputTable TABLE =
      OutputTable.of(
          "sentences",
          REVIEW_ID,
          SENTENCE_INDEX,
          CHAR_BEGIN,
          CHAR_END,
          POSITION,
          TEXT,
          SENTIMENT,
          SENTIMENT_SCORE,
          DIALOGUE,
          IN_TONE,
          ROLE,
          ROLE_CUE,
          JUDGEMENT,
          VERDICT_WEIGHT);

  /** CoreNLP's five sentiment labels, from the most negative. */
  static final List<String> LABELS =
      List.of("Very negative", "Negative", "Neutral", "Positive", "Very positive");

  public SentencesTable() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    Tone tone = new Tone(input.tone());
    return perReview(
        input,
        (r, t) -> {
          Map<Integer, Double> weights = new HashMap<>();
          input
              .tone()
              .verdict()
              .read(tone.voice(r), r.words())
              .weights()
              .forEach(w -> weights.put(w.index(), w.weight()));
          for (Sentence s : r.sentences()) {
            TABLE
                .row(t)
                .set(REVIEW_ID, r.reviewId())
                .set(SENTENCE_INDEX, s.index())
                .set(CHAR_BEGIN, s.charBegin())
                .set(CHAR_END, s.charEnd())
                .set(POSITION, s.position())
                .set(TEXT, s.text())
                .set(SENTIMENT, s.sentiment())
                .set(SENTIMENT_SCORE, s.score())
                .set(DIALOGUE, s.dialogue())
                .set(IN_TONE, tone.reads(s))
                .set(ROLE, s.role().label())
                .set(ROLE_CUE, s.roleCue())
                .set(JUDGEMENT, s.judgement())
                .set(VERDICT_WEIGHT, weights.getOrDefault(s.index(), Double.NaN))
                .add();
          }
        });
  }

  @Override
  public List<DashboardPart> dashboard(Table sentences) {
    List<String> reviews = Charts.distinct(sentences, REVIEW_ID);
    List<Trace> traces = new ArrayList<>();
    for (String label : LABELS) {
      double[] y = new double[reviews.size()];
      for (int i = 0; i < reviews.size(); i++) {
        Table mine = sentences.where(REVIEW_ID.of(sentences).isEqualTo(reviews.get(i)));
        long n = SENTIMENT.of(mine).asList().stream().filter(label::equals).count();
        y[i] = mine.rowCount() == 0 ? 0 : (double) n / mine.rowCount();
      }
      traces.add(
          BarTrace.builder(PlotlyText.plain(reviews.toArray(String[]::new)), y)
              .name(label)
              .build());
    }
    String title = "Sentiment labels per review";
    Chart chart =
        new Chart(
            "sentiment_labels",
            title,
            "Share of each review's sentences (all of them, dialogue included) with each CoreNLP"
                + " label, stacked to 100%. Click a bar to read its sentences.",
            new Figure(
                Charts.layout(title, "review", "share of sentences")
                    .barMode(Layout.BarMode.STACK)
                    .build(),
                traces.toArray(Trace[]::new)),
            Optional.of(
                new Evidence(Evidence.Source.SENTENCES, Evidence.Shape.BARS, reviews, LABELS)));
    return List.of(new DashboardPart.ChartPart(Slot.TEXT, chart));
  }
}
