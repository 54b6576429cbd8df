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
}
