package org.reviewlens.analyse;

import static org.reviewlens.analyse.Columns.CHAR_BEGIN;
import static org.reviewlens.analyse.Columns.CHAR_END;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.SENTENCE_INDEX;
import static org.reviewlens.analyse.Columns.TEXT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.Charts;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.Evidence;
import org.reviewlens.analyse.view.PlotlyText;
import org.reviewlens.analyse.view.Slot;
import org.reviewlens.extract.Entity;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/** {@code entities.csv}: one row per named entity, every NER type kept. */
public final class EntitiesTable extends Analysis {
  public static final OutputColumn.Text NER_TYPE = OutputColumn.text("ner_type");
  public static final OutputTable TABLE =
      OutputTable.of("entities", REVIEW_ID, SENTENCE_INDEX, CHAR_BEGIN, CHAR_END, TEXT, NER_TYPE);

  /** NER types that are not names, left out of the chart. */
  private static final Set<String> NON_NAME_TYPES =
      Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "PERCENT", "MONEY", "SET");

  /** Whether an entity of this NER type is a name the chart counts: not a date, number or sum. */
  public static boolean isName(String nerType) {
    return !NON_NAME_TYPES.contains(nerType);
  }

  static final int TOP_ENTITIES = 8;

  public EntitiesTable() {
    super(TABLE);
  }

  @Override
  public Table compute(AnalysisInput input) {
    return perReview(
        input,
        (r, t) -> {
          for (Entity e : r.entities()) {
            TABLE
                .row(t)
                .set(REVIEW_ID, r.reviewId())
                .set(SENTENCE_INDEX, e.sentenceIndex())
                .set(CHAR_BEGIN, e.charBegin())
                .set(CHAR_END, e.charEnd())
                .set(TEXT, e.text())
                .set(NER_TYPE, e.type())
                .add();
          }
        });
  }

  @Override
  public List<DashboardPart> dashboard(Table entities) {
    List<String> reviews = Charts.distinct(entities, REVIEW_ID);
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (Row r : entities) {
      if (isName(NER_TYPE.get(r))) {
        counts
            .computeIfAbsent(REVIEW_ID.get(r), k -> new LinkedHashMap<>())
            .merge(TEXT.get(r), 1, Integer::sum);
      }
    }
    Set<String> shown = new LinkedHashSet<>();
    for (String review : reviews) {
      counts.getOrDefault(review, Map.of()).entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(TOP_ENTITIES)
          .forEach(e -> shown.add(e.getKey()));
    }
    List<String> labels =
        shown.stream().sorted(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))).toList();
    List<Trace> traces = new ArrayList<>();
    for (String review : reviews) {
      double[] x =
          labels.stream()
              .mapToDouble(l -> counts.getOrDefault(review, Map.of()).getOrDefault(l, 0))
              .toArray();
      traces.add(
          BarTrace.builder(PlotlyText.plain(labels.toArray(String[]::new)), x)
              .orientation(BarTrace.Orientation.HORIZONTAL)
              .name(PlotlyText.plain(review))
              .build());
    }
    String title = "Top named entities per review";
    Chart chart =
        new Chart(
            "top_entities",
            title,
            "The "
                + TOP_ENTITIES
                + " people, places, organisations and titles each review names most often (CoreNLP"
                + " NER; dates and numbers left out). Click a bar to read the sentences that name"
                + " it.",
            new Figure(
                Layout.builder()
                    .title(title)
                    .height(Math.max(450, 22 * labels.size() * Math.max(1, reviews.size()) / 2))
                    .margin(Margin.builder().left(180).build())
                    .barMode(Layout.BarMode.GROUP)
                    .xAxis(Axis.builder().title("mentions").build())
                    .build(),
                traces.toArray(Trace[]::new)),
            Optional.of(
                new Evidence(Evidence.Source.ENTITIES, Evidence.Shape.TRACES, reviews, labels)));
    return List.of(new DashboardPart.ChartPart(Slot.TEXT, chart));
  }
}
