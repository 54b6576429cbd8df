package org.reviewlens.analyse.view;

import java.util.ArrayList;
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

  /** The number in {@code column} of the row for this review and character, or NaN. */
  public static double value(
      Table t,
      OutputColumn.Text reviewColumn,
      String review,
      OutputColumn.Text characterColumn,
      String character,
      OutputColumn<? extends Number, ?> column) {
    for (Row r : t) {
      if (reviewColumn.get(r).equals(review) && characterColumn.get(r).equals(character)) {
        return column.get(r).doubleValue();
      }
    }
    return Double.NaN;
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
