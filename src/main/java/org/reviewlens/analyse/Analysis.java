package org.reviewlens.analyse;

import java.util.List;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.DashboardPart;
import tech.tablesaw.api.Table;

/**
 * One analysis: it turns the run's records into one output table, and shows that table on the
 * dashboard. Report writes the table as {@code table().fileName()} and places the parts; it knows
 * nothing else about the analysis. Register a new one in {@link Analyses}.
 */
public interface Analysis {
  /** The output table's name and typed columns. */
  OutputTable table();

  /** The table, made from the run's records; its shape is {@link #table()}. */
  Table compute(AnalysisInput input);

  /**
   * The charts and HTML sections that show the table, built from the table alone. Called after
   * {@link org.reviewlens.analyse.view.SafePlotlyTemplates#install()}.
   */
  default List<DashboardPart> dashboard(Table table) {
    return List.of();
  }
}
