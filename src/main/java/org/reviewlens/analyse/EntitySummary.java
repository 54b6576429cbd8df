package org.reviewlens.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reviewlens.extract.Entity;
import org.reviewlens.extract.ExtractedReview;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What else each reviewer brings in: every named entity with its NER type and how often. */
public final class EntitySummary {
  private EntitySummary() {}

  /** One row per review × entity text × type, most frequent first. */
  public static Table table(List<ExtractedReview> reviews) {
    Table t = Table.create("entity_summary", StringColumn.create("review_id"), StringColumn.create("entity"),
        StringColumn.create("type"), IntColumn.create("count"));
    for (ExtractedReview r : reviews) {
      Map<List<String>, Integer> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
      for (Entity e : r.entities()) {
        counts.merge(List.of(e.text(), e.type()), 1, Integer::sum);
      }
      List<Map.Entry<List<String>, Integer>> rows = new ArrayList<>(counts.entrySet());
      rows.sort(Map.Entry.<List<String>, Integer>comparingByValue().reversed());
      for (Map.Entry<List<String>, Integer> row : rows) {
        t.stringColumn("review_id").append(r.reviewId());
        t.stringColumn("entity").append(row.getKey().get(0));
        t.stringColumn("type").append(row.getKey().get(1));
        t.intColumn("count").append(row.getValue());
      }
    }
    return t;
  }
}
