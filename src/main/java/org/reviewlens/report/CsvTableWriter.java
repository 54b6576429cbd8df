package org.reviewlens.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The one CSV writer of the tool: UTF-8, a header row, {@code \n} line ends, numbers in a fixed
 * locale-free format and missing values as empty cells.
 *
 * <p>By default the files are spreadsheet-safe: a byte-order mark leads the file, and text cells
 * are neutralised as {@link CellFormat} says. Numeric columns are never touched: -0.4 stays a
 * number.
 */
public final class CsvTableWriter {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

  private final CsvOptions options;
  private final CellFormat format;

  public CsvTableWriter(CsvOptions options) {
    this.options = options;
    this.format = new CellFormat(options);
  }

  /** Writes {@code table} to {@code file}, replacing it. */
  public void write(Table table, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (options.spreadsheetSafe()) {
        out.write('\uFEFF');
      }
      CSVPrinter printer = new CSVPrinter(out, FORMAT);
      printer.printRecord(table.columnNames());
      for (int row = 0; row < table.rowCount(); row++) {
        for (Column<?> column : table.columns()) {
          printer.print(cell(column, row));
        }
        printer.println();
      }
      printer.flush();
    }
  }

  /** The text of one cell as written. */
  String cell(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return "";
    }
    ColumnType type = column.type();
    if (type == ColumnType.DOUBLE || type == ColumnType.FLOAT) {
      return number(((Number) column.get(row)).doubleValue());
    }
    if (type == ColumnType.STRING) {
      return text(column.getString(row));
    }
    return column.getString(row);
  }

  String number(double value) {
    return format.number(value).map(BigDecimal::toPlainString).orElse("");
  }

  String text(String value) {
    return format.text(value);
  }
}
