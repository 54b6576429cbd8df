package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.CHAR_BEGIN;
import static org.reviewlens.analyse.Columns.CHAR_END;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.TEXT;

import java.util.List;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.Html;
import org.reviewlens.analyse.view.Slot;
import org.reviewlens.extract.quotes.Quote;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** {@code quotes.csv}: one row per quotation or script-style dialogue line. */
public final class QuotesTable extends Analysis {
  public static final OutputColumn.Whole QUOTE_INDEX = OutputColumn.whole("quote_index");
  public static final OutputColumn.Text SPEAKER = OutputColumn.text("speaker");
  public static final OutputColumn.Text SPEAKER_CHARACTER = OutputColumn.text("speaker_character");
  public static final OutputTable TABLE =
      OutputTable.of(
          "quotes",
          REVIEW_ID,
          QUOTE_INDEX,
          CHAR_BEGIN,
          CHAR_END,
          TEXT,
          SPEAKER,
          KIND,
          SPEAKER_CHARACTER);

  public QuotesTable() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    return perReview(
        input,
        (r, t) -> {
          for (Quote q : r.quotes()) {
            TABLE
                .row(t)
                .set(REVIEW_ID, r.reviewId())
                .set(QUOTE_INDEX, q.index())
                .set(CHAR_BEGIN, q.charBegin())
                .set(CHAR_END, q.charEnd())
                .set(TEXT, q.text())
                .set(SPEAKER, q.speaker())
                .set(KIND, q.kind().label())
                .set(SPEAKER_CHARACTER, q.speakerCharacter())
                .add();
          }
        });
  }

  @Override
  public List<DashboardPart> dashboard(Table quotes) {
    StringBuilder b = new StringBuilder("<section><h2>Quotations by kind</h2>");
    b.append(
        "<p class=\"caption\">Quoted spans and script-style dialogue lines. <em>speaker</em> is the"
            + " cast character where the text makes it clear; CoreNLP's own guess is in"
            + " quotes.csv.</p>");
    b.append("<table><tr><th>kind</th><th>review</th><th>quotation</th><th>speaker</th></tr>");
    for (Row r : quotes.sortOn(KIND.name(), REVIEW_ID.name(), QUOTE_INDEX.name())) {
      b.append("<tr><td>")
          .append(Html.text(KIND.get(r)))
          .append("</td><td>")
          .append(Html.text(REVIEW_ID.get(r)))
          .append("</td><td>")
          .append(Html.text(TEXT.get(r)))
          .append("</td><td>")
          .append(Html.text(SPEAKER_CHARACTER.get(r)))
          .append("</td></tr>");
    }
    return List.of(
        new DashboardPart.HtmlPart(Slot.DETAILS, b.append("</table></section>").toString()));
  }
}
