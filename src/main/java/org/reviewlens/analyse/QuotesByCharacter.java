package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.CHARACTER;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEWER;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.quotes.QuoteKind;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * {@code quotes_by_character.csv}, who quotes whom: for each review, how many quotations of each
 * kind it gives each character's words. A quotation counts for the cast character who speaks it
 * where the text makes that clear (the {@code speaker_character} of {@code quotes.csv}); the others
 * have an empty {@code character}. Only counts above zero are rows.
 */
public final class QuotesByCharacter extends Analysis {
  public static final OutputColumn.Whole QUOTES = OutputColumn.whole("quotes");
  public static final OutputTable TABLE =
      OutputTable.of("quotes_by_character", REVIEW_ID, REVIEWER, CHARACTER, KIND, QUOTES);

  public QuotesByCharacter() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    List<String> speakers = new ArrayList<>(input.characters());
    speakers.add("");
    return perReview(
        input,
        (r, t) -> {
          for (String speaker : speakers) {
            for (QuoteKind kind : QuoteKind.values()) {
              long n = count(r, speaker, kind);
              if (n > 0) {
                TABLE
                    .row(t)
                    .set(REVIEW_ID, r.reviewId())
                    .set(REVIEWER, r.metadata().reviewer())
                    .set(CHARACTER, speaker)
                    .set(KIND, kind.label())
                    .set(QUOTES, (int) n)
                    .add();
              }
            }
          }
        });
  }

  private static long count(ExtractedReview review, String speaker, QuoteKind kind) {
    return review.quotes().stream()
        .filter(q -> q.kind() == kind && q.speakerCharacter().equals(speaker))
        .count();
  }

  /** One stacked bar per review: its quotations, coloured by who speaks them. */
  @Override
  public List<DashboardPart> dashboard(Table quotes) {
    List<String> reviews = Charts.distinct(quotes, REVIEW_ID);
    Map<String, double[]> bySpeaker = new LinkedHashMap<>();
    for (Row r : quotes) {
      String speaker = CHARACTER.get(r).isEmpty() ? Evidence.NO_SPEAKER : CHARACTER.get(r);
      bySpeaker
              .computeIfAbsent(speaker, s -> new double[reviews.size()])[
              reviews.indexOf(REVIEW_ID.get(r))] +=
          QUOTES.get(r);
    }
    List<Trace> traces = new ArrayList<>();
    String[] x = PlotlyText.plain(reviews.toArray(String[]::new));
    bySpeaker.forEach(
        (speaker, y) -> traces.add(BarTrace.builder(x, y).name(PlotlyText.plain(speaker)).build()));
    String title = "Whose words each review quotes";
    Chart chart =
        new Chart(
            "quotes_by_character",
            title,
            "Quotations and dialogue lines of every kind, by the character who speaks them where"
                + " the text makes it clear. See quotes_by_character.csv for the kinds. Click a"
                + " bar to read its quotations.",
            new Figure(
                Charts.layout(title, "review", "quotations").barMode(Layout.BarMode.STACK).build(),
                traces.toArray(Trace[]::new)),
            Optional.of(
                new Evidence(
                    Evidence.Source.QUOTES,
                    Evidence.Shape.BARS,
                    reviews,
                    List.copyOf(bySpeaker.keySet()))));
    return List.of(new DashboardPart.ChartPart(Slot.DETAILS, chart));
  }
}
