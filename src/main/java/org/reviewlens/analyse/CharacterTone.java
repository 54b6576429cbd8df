package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.REVIEWER;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.verdict.VerdictModel;
import org.reviewlens.analyse.verdict.VerdictReading;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Charts;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.Evidence;
import org.reviewlens.analyse.view.HoverHeatmapTrace;
import org.reviewlens.analyse.view.PlotlyText;
import org.reviewlens.analyse.view.Slot;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.Word;
import org.reviewlens.extract.roles.SentenceRole;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * {@code character_tone.csv}: one row per review and character, the tone of the reviewer's
 * sentences that mention the character.
 */
public final class CharacterTone extends Analysis {
  public static final OutputColumn.Whole SENTENCES = OutputColumn.whole("sentences");
  public static final OutputColumn.Real MEAN_SCORE = OutputColumn.real("mean_score");
  public static final OutputColumn.Real CI_LOW = OutputColumn.real("ci_low");
  public static final OutputColumn.Real CI_HIGH = OutputColumn.real("ci_high");
  public static final OutputColumn.Whole VERDICT_SENTENCES =
      OutputColumn.whole("verdict_sentences");
  public static final OutputColumn.Real VERDICT_SCORE = OutputColumn.real("verdict_score");
  public static final OutputColumn.Text MOST_POSITIVE_SENTENCE =
      OutputColumn.text("most_positive_sentence");
  public static final OutputColumn.Text MOST_NEGATIVE_SENTENCE =
      OutputColumn.text("most_negative_sentence");
  public static final OutputTable TABLE =
      OutputTable.of(
          "character_tone",
          REVIEW_ID,
          REVIEWER,
          CHARACTER,
          SENTENCES,
          MEAN_SCORE,
          CI_LOW,
          CI_HIGH,
          VERDICT_SENTENCES,
          VERDICT_SCORE,
          MOST_POSITIVE_SENTENCE,
          MOST_NEGATIVE_SENTENCE);

  public CharacterTone() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    Tone tone = new Tone(input.tone());
    return perReview(
        input,
        (r, t) -> {
          double floor = Stats.std(Tone.scores(tone.voice(r)));
          for (String character : input.characters()) {
            fill(
                TABLE.row(t).set(REVIEW_ID, r.reviewId()).set(REVIEWER, r.metadata().reviewer()),
                character,
                tone.about(r, character),
                floor,
                judgedBy(input.tone().verdict(), List.of(r)));
          }
        });
  }

  /**
   * The verdict of the sentences that judge a character or a performance (role {@code evaluation})
   * among those given, read by the verdict model; NaN when none judges.
   *
   * @param reviews the reviews the sentences come from, whose tokens the model reads
   */
  static Function<List<Sentence>, VerdictReading> judgedBy(
      VerdictModel model, List<ExtractedReview> reviews) {
    Map<Sentence, List<Word>> words = new IdentityHashMap<>();
    for (ExtractedReview r : reviews) {
      Map<Integer, List<Word>> bySentence = new HashMap<>();
      r.words()
          .forEach(
              w -> bySentence.computeIfAbsent(w.sentenceIndex(), k -> new ArrayList<>()).add(w));
      r.sentences().forEach(s -> words.put(s, bySentence.getOrDefault(s.index(), List.of())));
    }
    return sentences ->
        model.read(
            sentences.stream().filter(s -> s.role() == SentenceRole.EVALUATION).toList(),
            s -> words.getOrDefault(s, List.of()));
  }

  /**
   * Sets the tone columns this table shares with {@link CharacterToneOverall}, then adds the row.
   *
   * @param floor the smallest spread the interval may use: that of the sentences around
   * @param verdict reads the verdict of the character's sentences
   */
  static void fill(
      OutputTable.NewRow row,
      String character,
      List<Sentence> sentences,
      double floor,
      Function<List<Sentence>, VerdictReading> verdict) {
    double[] scores = Tone.scores(sentences);
    double[] ci =
        sentences.isEmpty()
            ? new double[] {Double.NaN, Double.NaN}
            : Stats.confidenceInterval(scores, floor);
    Comparator<Sentence> byScore = Comparator.comparingDouble(Sentence::score);
    long judging = sentences.stream().filter(s -> s.role() == SentenceRole.EVALUATION).count();
    row.set(CHARACTER, character)
        .set(SENTENCES, sentences.size())
        .set(MEAN_SCORE, Stats.mean(scores))
        .set(CI_LOW, ci[0])
        .set(CI_HIGH, ci[1])
        .set(VERDICT_SENTENCES, (int) judging)
        .set(VERDICT_SCORE, verdict.apply(sentences).score())
        .set(
            MOST_POSITIVE_SENTENCE,
            sentences.stream()
                .max(byScore.thenComparing(Sentence::index, Comparator.reverseOrder()))
                .map(Sentence::text)
                .orElse(""))
        .set(
            MOST_NEGATIVE_SENTENCE,
            sentences.stream()
                .min(byScore.thenComparing(Sentence::index))
                .map(Sentence::text)
                .orElse(""))
        .add();
  }

  @Override
  public List<DashboardPart> dashboard(Table t) {
    List<String> reviews = Charts.distinct(t, REVIEW_ID);
    List<String> characters = new ArrayList<>();
    for (Row r : t) {
      if (SENTENCES.get(r) > 0 && !characters.contains(CHARACTER.get(r))) {
        characters.add(CHARACTER.get(r));
      }
    }
    Charts.Cells cells = new Charts.Cells(t, REVIEW_ID, CHARACTER);
    double[][] z = new double[reviews.size()][characters.size()];
    String[][] text = new String[reviews.size()][characters.size()];
    double range = 0.1;
    for (int r = 0; r < reviews.size(); r++) {
      for (int c = 0; c < characters.size(); c++) {
        String review = reviews.get(r);
        String character = characters.get(c);
        double mean = cells.value(review, character, MEAN_SCORE);
        int n = (int) cells.value(review, character, SENTENCES);
        z[r][c] = mean;
        range = Double.isNaN(mean) ? range : Math.max(range, Math.abs(mean));
        text[r][c] =
            PlotlyText.plain(
                n == 0
                    ? String.format(Locale.ROOT, "%s in %s: not mentioned", character, review)
                    : String.format(
                        Locale.ROOT,
                        "%s in %s: mean tone %+.2f from %d sentence%s (95%% CI %+.2f to %+.2f)",
                        character,
                        review,
                        mean,
                        n,
                        n == 1 ? "" : "s",
                        cells.value(review, character, CI_LOW),
                        cells.value(review, character, CI_HIGH)));
      }
    }
    HoverHeatmapTrace trace =
        new HoverHeatmapTrace(
            PlotlyText.plain(characters.toArray(String[]::new)),
            PlotlyText.plain(reviews.toArray(String[]::new)),
            z,
            text,
            HoverHeatmapTrace.Scale.DIVERGING,
            range);
    String title = "Tone toward each character";
    Chart chart =
        new Chart(
            "character_tone",
            title,
            "Mean sentiment (-1 to +1) of the reviewer's sentences that mention the character:"
                + " green is warmer, red colder. Hover for the number of sentences and the 95%"
                + " interval; few sentences mean little."
                + CharacterMentions.CLICK,
            new Figure(
                Charts.layout(title, "character", "review").margin(Charts.HEATMAP_MARGIN).build(),
                trace),
            Optional.of(
                new Evidence(
                    Evidence.Source.MENTIONS, Evidence.Shape.HEATMAP, reviews, characters)));
    return List.of(new DashboardPart.ChartPart(Slot.TONE, chart));
  }
}
