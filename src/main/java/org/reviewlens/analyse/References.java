package org.reviewlens.analyse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Reference;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The other films, real people and places each review names, and how many reviews share them. */
public final class References {
  private References() {}

  /** One row per review × reference, with the number of reviews that name the same reference. */
  public static Table table(List<ExtractedReview> reviews) {
    Map<String, Integer> sharedBy = new HashMap<>();
    for (ExtractedReview r : reviews) {
      r.references().forEach(ref -> sharedBy.merge(key(ref), 1, Integer::sum));
    }
    Table t = Table.create("references", StringColumn.create("review_id"), StringColumn.create("reference"),
        StringColumn.create("kind"), IntColumn.create("count"), IntColumn.create("shared_by"));
    for (ExtractedReview r : reviews) {
      for (Reference ref : r.references()) {
        t.stringColumn("review_id").append(r.reviewId());
        t.stringColumn("reference").append(ref.name());
        t.stringColumn("kind").append(ref.kind().label());
        t.intColumn("count").append(ref.count());
        t.intColumn("shared_by").append(sharedBy.get(key(ref)));
      }
    }
    return t;
  }

  private static String key(Reference ref) {
    return ref.kind() + "\u0000" + ref.name();
  }
}
