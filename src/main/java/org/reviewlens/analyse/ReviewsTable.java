package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.REVIEWER;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.List;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.Html;
import org.reviewlens.analyse.view.Slot;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.corpus.SkippedReview;
import org.reviewlens.extract.ExtractedReview;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** {@code reviews.csv}: one row per review, skipped ones included with their reason. */
public final class ReviewsTable extends Analysis {
  public static final OutputColumn.Text OUTLET = OutputColumn.text("outlet");
  public static final OutputColumn.Text TITLE = OutputColumn.text("title");
  public static final OutputColumn.Text PUBLISHED = OutputColumn.text("published");
  public static final OutputColumn.Text URL = OutputColumn.text("url");
  public static final OutputColumn.Whole TOKENS = OutputColumn.whole("tokens");
  public static final OutputColumn.Whole SENTENCES = OutputColumn.whole("sentences");
  public static final OutputColumn.Text STATUS = OutputColumn.text("status");
  public static final OutputColumn.Text SKIP_REASON = OutputColumn.text("skip_reason");
  public static final OutputTable TABLE =
      OutputTable.of(
          "reviews",
          REVIEW_ID,
          REVIEWER,
          OUTLET,
          TITLE,
          PUBLISHED,
          URL,
          TOKENS,
          SENTENCES,
          STATUS,
          SKIP_REASON);

  public ReviewsTable() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    Table t = TABLE.create();
    for (ExtractedReview r : input.reviews()) {
      add(t, r.reviewId(), r.metadata(), r.tokens(), r.sentences().size(), "ok", "");
    }
    for (SkippedReview s : input.skipped()) {
      add(t, s.id(), s.metadata(), 0, 0, "skipped", s.reason());
    }
    return t.sortAscendingOn(REVIEW_ID.name());
  }

  private static void add(
      Table t,
      String id,
      ReviewMetadata m,
      int tokens,
      int sentences,
      String status,
      String reason) {
    TABLE
        .row(t)
        .set(REVIEW_ID, id)
        .set(REVIEWER, m.reviewer())
        .set(OUTLET, m.outlet())
        .set(TITLE, m.title())
        .set(PUBLISHED, m.published())
        .set(URL, m.url())
        .set(TOKENS, tokens)
        .set(SENTENCES, sentences)
        .set(STATUS, status)
        .set(SKIP_REASON, reason)
        .add();
  }

  @Override
  public List<DashboardPart> dashboard(Table reviews) {
    StringBuilder b =
        new StringBuilder(
            "<section><h2>Reviews</h2><table><tr><th>review</th><th>reviewer</th><th>outlet</th><th>title</th><th>published</th><th>url</th><th>tokens</th><th>sentences</th><th>status</th></tr>");
    for (Row r : reviews) {
      b.append("<tr>");
      for (OutputColumn.Text c : List.of(REVIEW_ID, REVIEWER, OUTLET, TITLE, PUBLISHED)) {
        b.append("<td>").append(Html.text(c.get(r))).append("</td>");
      }
      b.append("<td>").append(Html.link(URL.get(r))).append("</td>");
      b.append("<td>")
          .append(TOKENS.get(r))
          .append("</td><td>")
          .append(SENTENCES.get(r))
          .append("</td>");
      String status =
          STATUS.get(r) + (SKIP_REASON.get(r).isEmpty() ? "" : ": " + SKIP_REASON.get(r));
      b.append("<td>").append(Html.text(status)).append("</td></tr>");
    }
    return List.of(
        new DashboardPart.HtmlPart(Slot.OVERVIEW, b.append("</table></section>").toString()));
  }
}
