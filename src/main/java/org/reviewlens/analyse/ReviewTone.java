package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.REVIEWER;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.List;
import java.util.Optional;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.verdict.JudgedTone;
import org.reviewlens.analyse.verdict.VerdictReading;
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

/**
 * {@code review_tone.csv}: one row per review, the distribution of its sentence scores and labels.
 */
public final class ReviewTone extends Analysis {
  public static final OutputColumn.Whole SENTENCES = OutputColumn.whole("sentences");
  public static final OutputColumn.Real MEAN_SCORE = OutputColumn.real("mean_score");
  public static final OutputColumn.Real MEDIAN_SCORE = OutputColumn.real("median_score");
  public static final OutputColumn.Real STD = OutputColumn.real("std");
  public static final OutputColumn.Real SHARE_NEGATIVE = OutputColumn.real("share_negative");
  public static final OutputColumn.Real SHARE_NEUTRAL = OutputColumn.real("share_neutral");
  public static final OutputColumn.Real SHARE_POSITIVE = OutputColumn.real("share_positive");
  public static final OutputColumn.Whole VERDICT_SENTENCES =
      OutputColumn.whole("verdict_sentences");
  public static final OutputColumn.Real VERDICT_SCORE = OutputColumn.real("verdict_score");
  public static final OutputColumn.Real JUDGED_TONE = OutputColumn.real("judged_tone");
  public static final OutputTable TABLE =
      OutputTable.of(
          "review_tone",
          REVIEW_ID,
          REVIEWER,
          SENTENCES,
          MEAN_SCORE,
          MEDIAN_SCORE,
          STD,
          SHARE_NEGATIVE,
          SHARE_NEUTRAL,
          SHARE_POSITIVE,
          VERDICT_SENTENCES,
          VERDICT_SCORE,
          JUDGED_TONE);

  public ReviewTone() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    Tone tone = new Tone(input.tone());
    return perReview(
        input,
        (r, t) -> {
          List<Sentence> sentences = tone.voice(r);
          double[] scores = Tone.scores(sentences);
          JudgedTone judged = JudgedTone.of(sentences);
          VerdictReading verdict = input.tone().verdict().read(sentences, r.words());
          TABLE
              .row(t)
              .set(REVIEW_ID, r.reviewId())
              .set(REVIEWER, r.metadata().reviewer())
              .set(SENTENCES, sentences.size())
              .set(MEAN_SCORE, Stats.mean(scores))
              .set(MEDIAN_SCORE, Stats.median(scores))
              .set(STD, Stats.std(scores))
              .set(SHARE_NEGATIVE, share(sentences, "negative"))
              .set(SHARE_NEUTRAL, share(sentences, "neutral"))
              .set(SHARE_POSITIVE, share(sentences, "positive"))
              .set(VERDICT_SENTENCES, judged.sentences())
              .set(VERDICT_SCORE, verdict.score())
              .set(JUDGED_TONE, judged.score())
              .add();
        });
  }

  @Override
  public List<DashboardPart> dashboard(Table t) {
    String[] reviews = PlotlyText.plain(REVIEW_ID.of(t).asList().toArray(String[]::new));
    Trace mean =
        BarTrace.builder(reviews, MEAN_SCORE.of(t).asDoubleArray()).name("mean tone").build();
    Trace verdict =
        BarTrace.builder(reviews, VERDICT_SCORE.of(t).asDoubleArray())
            .name("verdict (learned from critics' ratings)")
            .build();
    String title = "The critic's verdict per review";
    Chart chart =
        new Chart(
            "review_verdict",
            title,
            "The verdict is a model learned from critics' own ratings: it weighs what each"
                + " sentence does (judging, retelling), where it sits, CoreNLP's tone and how its"
                + " words lean; -1 reads as a pan, +1 as a rave. The mean tone reads every"
                + " sentence alike, plot summary included. Click a verdict bar to read the"
                + " sentences that weighed most, with their weight; a mean bar for the"
                + " sentences behind it.",
            new Figure(
                Charts.layout(title, "review", "tone (-1 to +1)")
                    .barMode(Layout.BarMode.GROUP)
                    .build(),
                mean,
                verdict),
            Optional.of(
                new Evidence(
                    Evidence.Source.SENTENCES,
                    Evidence.Shape.BARS,
                    REVIEW_ID.of(t).asList(),
                    List.of(Evidence.VOICE, Evidence.VERDICT))));
    return List.of(new DashboardPart.ChartPart(Slot.TONE, chart));
  }

  private static double share(List<Sentence> sentences, String group) {
    if (sentences.isEmpty()) {
      return Double.NaN;
    }
    long n = sentences.stream().filter(s -> Tone.groupOf(s.sentiment()).equals(group)).count();
    return (double) n / sentences.size();
  }
}
