package org.reviewlens.analyse.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.reviewlens.analyse.table.OutputColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;

/** What the charts share: the standard layout, and reading review × character tables. */
public final class Charts {
  /** Room for review ids on a heatmap's y axis. */
  public static final Margin HEATMAP_MARGIN = Margin.builder().left(190).build();

  private Charts() {}

  /** A 450-pixel-high layout with a title and two axis titles. */
  public static Layout.LayoutBuilder layout(String title, String xTitle, String yTitle) {
    return Layout.builder()
        .title(title)
        .height(450)
        .xAxis(Axis.builder().title(xTitle).build())
        .yAxis(Axis.builder().title(yTitle).build());
  }

  /** The distinct values of a text column, in order of first appearance. */
  public static List<String> distinct(Table t, OutputColumn.Text column) {
    return new ArrayList<>(new LinkedHashSet<>(column.of(t).asList()));
  }

  /**
   * The rows of a review × character table, found by review and character: a chart reads every
   * cell, and a scan of the table per cell made a corpus of hundreds of reviews and discovered
   * names take minutes.
   */
  public static final class Cells {
    private final Table table;
    private final Map<List<String>, Integer> rows = new HashMap<>();

    /** Indexes the rows of {@code t} by these two columns; the first row of a pair wins. */
    public Cells(Table t, OutputColumn.Text reviewColumn, OutputColumn.Text characterColumn) {
      this.table = t;
      for (int r = 0; r < t.rowCount(); r++) {
        rows.putIfAbsent(List.of(reviewColumn.of(t).get(r), characterColumn.of(t).get(r)), r);
      }
    }

    /** The number in {@code column} of the row for this review and character, or NaN. */
    public double value(String review, String character, OutputColumn<? extends Number, ?> column) {
      Integer row = rows.get(List.of(review, character));
      return row == null ? Double.NaN : column.get(table.row(row)).doubleValue();
    }
  }

  /**
   * The characters whose {@code total} sums above zero over all rows, in first-appearance order.
   */
  public static List<String> withAny(
      Table t, OutputColumn.Text characterColumn, OutputColumn.Whole total) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (Row r : t) {
      totals.merge(characterColumn.get(r), total.get(r), Integer::sum);
    }
    return totals.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
  }
}
