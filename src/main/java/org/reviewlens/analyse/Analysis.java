package org.reviewlens.analyse;

import java.util.List;
import java.util.function.BiConsumer;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.extract.ExtractedReview;
import tech.tablesaw.api.Table;

/**
 * One analysis: it turns the run's records into one output table, and shows that table on the
 * dashboard. Report writes the table as {@code table().fileName()} and places the parts; it knows
 * nothing else about the analysis. Register a new one in {@link Analyses}.
 */
public abstract class Analysis {
  private final OutputTable table;

  /**
   * @param table the output table's name and typed columns
   */
  protected Analysis(OutputTable table) {
    this.table = table;
  }

  /** The output table's name and typed columns. */
  public final OutputTable table() {
    return table;
  }

  /** The table, made from the run's records; its shape is {@link #table()}. */
  public abstract Table compute(AnalysisInput input);

  /**
   * The charts and HTML sections that show the table, built from the table alone. Called after
   * {@link org.reviewlens.analyse.view.SafePlotlyTemplates#install()}.
   */
  public List<DashboardPart> dashboard(Table computed) {
    return List.of();
  }

  /** A new table of this analysis's shape, filled review by review, in corpus order. */
  protected final Table perReview(AnalysisInput input, BiConsumer<ExtractedReview, Table> addRows) {
    Table t = table.create();
    input.reviews().forEach(r -> addRows.accept(r, t));
    return t;
  }
}
