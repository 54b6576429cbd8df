package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.COUNT;
import static org.reviewlens.analyse.Columns.KIND;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.Html;
import org.reviewlens.analyse.view.Slot;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.references.Reference;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The other films, real people and places each review names, and how many reviews share them. */
public final class References extends Analysis {
  public static final OutputColumn.Text REFERENCE = OutputColumn.text("reference");
  public static final OutputColumn.Whole SHARED_BY = OutputColumn.whole("shared_by");
  public static final OutputTable TABLE =
      OutputTable.of("references", REVIEW_ID, REFERENCE, KIND, COUNT, SHARED_BY);

  public References() {
    super(TABLE);
  }

  /** One row per review × reference, with the number of reviews that name the same reference. */
  @Override
  public Table compute(AnalysisInput input) {
    List<ExtractedReview> reviews = input.reviews();
    Map<String, Integer> sharedBy = new HashMap<>();
    for (ExtractedReview r : reviews) {
      r.references().forEach(ref -> sharedBy.merge(key(ref), 1, Integer::sum));
    }
    Table t = TABLE.create();
    for (ExtractedReview r : reviews) {
      for (Reference ref : r.references()) {
        TABLE
            .row(t)
            .set(REVIEW_ID, r.reviewId())
            .set(REFERENCE, ref.name())
            .set(KIND, ref.kind().label())
            .set(COUNT, ref.count())
            .set(SHARED_BY, sharedBy.get(key(ref)))
            .add();
      }
    }
    return t;
  }

  private static String key(Reference ref) {
    return ref.kind() + "\u0000" + ref.name();
  }

  /** Each reference once, with the reviews that name it: shared ones first. */
  @Override
  public List<DashboardPart> dashboard(Table refs) {
    StringBuilder b = new StringBuilder("<section><h2>References: shared and unique</h2>");
    b.append(
        "<p class=\"caption\">Other films, real people and places the reviews bring in."
            + " <em>shared</em> means more than one review names it.</p>");
    b.append("<table><tr><th>reference</th><th>kind</th><th>named by</th><th></th></tr>");
    Map<String, List<String>> by = new TreeMap<>();
    Map<String, String> kinds = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Row r : refs) {
      String key = KIND.get(r) + "\u0000" + REFERENCE.get(r);
      by.computeIfAbsent(key, k -> new ArrayList<>())
          .add(REVIEW_ID.get(r) + " (" + COUNT.get(r) + ")");
      kinds.put(key, KIND.get(r));
      names.put(key, REFERENCE.get(r));
    }
    by.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e ->
                b.append("<tr><td>")
                    .append(Html.text(names.get(e.getKey())))
                    .append("</td><td>")
                    .append(Html.text(kinds.get(e.getKey())))
                    .append("</td><td>")
                    .append(Html.text(String.join(", ", e.getValue())))
                    .append("</td><td>")
                    .append(e.getValue().size() > 1 ? "shared" : "unique")
                    .append("</td></tr>"));
    return List.of(
        new DashboardPart.HtmlPart(Slot.DETAILS, b.append("</table></section>").toString()));
  }
}
