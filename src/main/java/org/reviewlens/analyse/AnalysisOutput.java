package org.reviewlens.analyse;

import tech.tablesaw.api.Table;

/**
 * An analysis with the table it computed.
 *
 * @param analysis the analysis
 * @param table its table, of the analysis's {@link Analysis#table() shape}
 */
public record AnalysisOutput(Analysis analysis, Table table) {
  public AnalysisOutput {
    if (!table.columnNames().equals(analysis.table().header())
        || !table.name().equals(analysis.table().name())) {
      throw new IllegalStateException(
          analysis.getClass().getSimpleName()
              + " made "
              + table.name()
              + table.columnNames()
              + ", not "
              + analysis.table().name()
              + analysis.table().header());
    }
  }

  /** The table of this shape among the outputs; empty when no analysis made one. */
  public static java.util.Optional<Table> find(
      java.util.List<AnalysisOutput> outputs, org.reviewlens.analyse.table.OutputTable shape) {
    return outputs.stream()
        .filter(o -> o.analysis().table().equals(shape))
        .map(AnalysisOutput::table)
        .findFirst();
  }

  /** The table of this shape among the outputs, which must hold one. */
  public static Table require(
      java.util.List<AnalysisOutput> outputs, org.reviewlens.analyse.table.OutputTable shape) {
    return find(outputs, shape)
        .orElseThrow(() -> new IllegalStateException("no " + shape.name() + " table in the run"));
  }
}
