package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.REVIEWER;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Charts;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.Evidence;
import org.reviewlens.analyse.view.HoverHeatmapTrace;
import org.reviewlens.analyse.view.PlotlyText;
import org.reviewlens.analyse.view.Slot;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.MentionKind;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/** {@code character_mentions.csv}: how often each review mentions each character, and how. */
public final class CharacterMentions extends Analysis {
  public static final OutputColumn.Whole NAME_MENTIONS = OutputColumn.whole("name_mentions");
  public static final OutputColumn.Whole PRONOUN_MENTIONS = OutputColumn.whole("pronoun_mentions");
  public static final OutputColumn.Whole ACTOR_MENTIONS = OutputColumn.whole("actor_mentions");
  public static final OutputColumn.Whole SPEAKER_LABELS = OutputColumn.whole("speaker_labels");
  public static final OutputColumn.Whole TOTAL_MENTIONS = OutputColumn.whole("total_mentions");
  public static final OutputColumn.Real MENTIONS_PER_1K_TOKENS =
      OutputColumn.real("mentions_per_1k_tokens");
  public static final OutputColumn.Real SHARE_OF_REVIEW = OutputColumn.real("share_of_review");
  public static final OutputTable TABLE =
      OutputTable.of(
          "character_mentions",
          REVIEW_ID,
          REVIEWER,
          CHARACTER,
          NAME_MENTIONS,
          PRONOUN_MENTIONS,
          ACTOR_MENTIONS,
          SPEAKER_LABELS,
          TOTAL_MENTIONS,
          MENTIONS_PER_1K_TOKENS,
          SHARE_OF_REVIEW);

  public CharacterMentions() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    return perReview(
        input,
        (r, t) -> {
          long reviewTotal =
              r.mentions().stream().filter(m -> m.kind().refersToCharacter()).count();
          for (String character : input.characters()) {
            int names = count(r, character, MentionKind.NAME);
            int pronouns = count(r, character, MentionKind.PRONOUN);
            int actors = count(r, character, MentionKind.ACTOR);
            int labels = count(r, character, MentionKind.SPEAKER_LABEL);
            int total = names + pronouns + actors + labels;
            TABLE
                .row(t)
                .set(REVIEW_ID, r.reviewId())
                .set(REVIEWER, r.metadata().reviewer())
                .set(CHARACTER, character)
                .set(NAME_MENTIONS, names)
                .set(PRONOUN_MENTIONS, pronouns)
                .set(ACTOR_MENTIONS, actors)
                .set(SPEAKER_LABELS, labels)
                .set(TOTAL_MENTIONS, total)
                .set(MENTIONS_PER_1K_TOKENS, r.tokens() == 0 ? 0 : 1000.0 * total / r.tokens())
                .set(SHARE_OF_REVIEW, reviewTotal == 0 ? 0 : (double) total / reviewTotal)
                .add();
          }
        });
  }

  static int count(ExtractedReview review, String character, MentionKind kind) {
    int n = 0;
    for (Mention m : review.mentions()) {
      if (m.kind() == kind && m.character().equals(character)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public List<DashboardPart> dashboard(Table mentions) {
    return List.of(
        new DashboardPart.ChartPart(
            Slot.ATTENTION,
            bars(
                mentions,
                TOTAL_MENTIONS,
                "mentions_counts",
                "Character mentions per review",
                "Mentions of each character by name, pronoun, actor and speaker label. Taller bars:"
                    + " more attention.",
                "mentions")),
        new DashboardPart.ChartPart(
            Slot.ATTENTION,
            bars(
                mentions,
                MENTIONS_PER_1K_TOKENS,
                "mentions_per_1k",
                "Character mentions per 1,000 tokens",
                "The same counts divided by review length, so long and short reviews compare"
                    + " fairly.",
                "mentions per 1,000 tokens")),
        new DashboardPart.ChartPart(Slot.ATTENTION, share(mentions)));
  }

  /** The caption's last sentence on a chart whose clicks open the evidence. */
  static final String CLICK = " Click a bar or a cell to see the mentions behind it.";

  private static Chart bars(
      Table t,
      OutputColumn<? extends Number, ?> column,
      String id,
      String title,
      String caption,
      String yTitle) {
    List<String> reviews = Charts.distinct(t, REVIEW_ID);
    List<Trace> traces = new ArrayList<>();
    List<String> characters = Charts.withAny(t, CHARACTER, TOTAL_MENTIONS);
    Charts.Cells cells = new Charts.Cells(t, REVIEW_ID, CHARACTER);
    for (String character : characters) {
      double[] y = reviews.stream().mapToDouble(r -> cells.value(r, character, column)).toArray();
      traces.add(
          BarTrace.builder(PlotlyText.plain(reviews.toArray(String[]::new)), y)
              .name(PlotlyText.plain(character))
              .build());
    }
    Layout layout = Charts.layout(title, "review", yTitle).barMode(Layout.BarMode.GROUP).build();
    return new Chart(
        id,
        title,
        caption + CLICK,
        new Figure(layout, traces.toArray(Trace[]::new)),
        Optional.of(
            new Evidence(Evidence.Source.MENTIONS, Evidence.Shape.BARS, reviews, characters)));
  }

  private static Chart share(Table t) {
    List<String> reviews = Charts.distinct(t, REVIEW_ID);
    List<String> characters = Charts.withAny(t, CHARACTER, TOTAL_MENTIONS);
    Charts.Cells cells = new Charts.Cells(t, REVIEW_ID, CHARACTER);
    double[][] z = new double[reviews.size()][characters.size()];
    String[][] text = new String[reviews.size()][characters.size()];
    for (int r = 0; r < reviews.size(); r++) {
      for (int c = 0; c < characters.size(); c++) {
        z[r][c] = cells.value(reviews.get(r), characters.get(c), SHARE_OF_REVIEW);
        int n = (int) cells.value(reviews.get(r), characters.get(c), TOTAL_MENTIONS);
        text[r][c] =
            PlotlyText.plain(
                String.format(
                    Locale.ROOT,
                    "%s in %s: %.0f%% of character mentions (%d)",
                    characters.get(c),
                    reviews.get(r),
                    100 * z[r][c],
                    n));
      }
    }
    HoverHeatmapTrace trace =
        new HoverHeatmapTrace(
            PlotlyText.plain(characters.toArray(String[]::new)),
            PlotlyText.plain(reviews.toArray(String[]::new)),
            z,
            text,
            HoverHeatmapTrace.Scale.SEQUENTIAL,
            1);
    String title = "Each character's share of a review's character talk";
    return new Chart(
        "mention_share",
        title,
        "Each row sums to 100%: how a reviewer divides their attention among the characters. Hover"
            + " for the share and the count."
            + CLICK,
        new Figure(
            Charts.layout(title, "character", "review").margin(Charts.HEATMAP_MARGIN).build(),
            trace),
        Optional.of(
            new Evidence(Evidence.Source.MENTIONS, Evidence.Shape.HEATMAP, reviews, characters)));
  }
}
