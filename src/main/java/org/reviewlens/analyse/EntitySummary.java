package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.COUNT;
import static org.reviewlens.analyse.Columns.REVIEW_ID;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.extract.Entity;
import tech.tablesaw.api.Table;

/** What else each reviewer brings in: every named entity with its NER type and how often. */
public final class EntitySummary extends Analysis {
  public static final OutputColumn.Text ENTITY = OutputColumn.text("entity");
  public static final OutputColumn.Text TYPE = OutputColumn.text("type");
  public static final OutputTable TABLE =
      OutputTable.of("entity_summary", REVIEW_ID, ENTITY, TYPE, COUNT);

  public EntitySummary() {
    super(TABLE);
  }

  /** One row per review × entity text × type, most frequent first. */
  @Override
  public Table compute(AnalysisInput input) {
    return perReview(
        input,
        (r, t) -> {
          Map<List<String>, Integer> counts =
              new TreeMap<>(
                  Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
          for (Entity e : r.entities()) {
            counts.merge(List.of(e.text(), e.type()), 1, Integer::sum);
          }
          List<Map.Entry<List<String>, Integer>> rows = new ArrayList<>(counts.entrySet());
          rows.sort(Map.Entry.<List<String>, Integer>comparingByValue().reversed());
          for (Map.Entry<List<String>, Integer> row : rows) {
            TABLE
                .row(t)
                .set(REVIEW_ID, r.reviewId())
                .set(ENTITY, row.getKey().get(0))
                .set(TYPE, row.getKey().get(1))
                .set(COUNT, row.getValue())
                .add();
          }
        });
  }
}
