package org.reviewlens.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.reviewlens.analyse.table.OutputColumn;
import org.reviewlens.analyse.table.OutputTable;
import org.reviewlens.corpus.CsvFile;
import org.reviewlens.report.CellFormat;

/**
 * Reads a table a run wrote, through the same {@link OutputTable} that wrote it. The columns
 * evaluate needs are required; every other column of the table is accepted, so a column added to an
 * output table never breaks evaluate.
 */
final class RunTables {
  private RunTables() {}

  /** Every row of {@code file}, written as {@code table}, which must hold {@code needed}. */
  static List<CSVRecord> read(Path file, OutputTable table, OutputColumn<?, ?>... needed) {
    List<String> required = Arrays.stream(needed).map(OutputColumn::name).toList();
    List<String> optional = new ArrayList<>(table.header());
    optional.removeAll(required);
    return CsvFile.read(file, required, optional);
  }

  /**
   * A text cell of a run's table as the tool meant it: a spreadsheet-safe run writes the review id
   * "-r1" as "'-r1" ({@link CellFormat#plain}).
   */
  static String cell(CSVRecord row, String column) {
    return CellFormat.plain(row.get(column));
  }
}
