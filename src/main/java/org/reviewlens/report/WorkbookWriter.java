package org.reviewlens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.reviewlens.analyse.AnalysisOutput;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes {@code review-lens.xlsx}: one sheet per table, named as its CSV file without {@code .csv},
 * in the order of the CSVs. Each sheet has its header row frozen and a filter on every column.
 * Numbers are numbers, rounded as in the CSVs; true and false are spreadsheet booleans; text is
 * neutralised as in the CSVs ({@link CellFormat}); a missing value is an empty cell. Like the CSVs,
 * the file is byte-identical from one run to the next.
 */
final class WorkbookWriter {
  /** The workbook's file name in the output folder. */
  static final String FILE = "review-lens.xlsx";

  private static final Pattern CREATED =
      Pattern.compile("<dcterms:created\\b[^>]*>[^<]*</dcterms:created>");

  private final CellFormat format;

  WorkbookWriter(CsvOptions options) {
    this.format = new CellFormat(options);
  }

  /** Writes the tables to {@code file}, replacing it. */
  void write(List<AnalysisOutput> outputs, Path file) throws IOException {
    Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(draft)) {
        Workbook workbook = new Workbook(out, "review-lens", null);
        for (AnalysisOutput output : outputs) {
          sheet(workbook.newWorksheet(output.analysis().table().name()), output.table());
        }
        workbook.finish();
      }
      copyWithoutCreationTime(draft, file);
    } finally {
      Files.deleteIfExists(draft);
    }
  }

  /**
   * Copies the workbook entry by entry, leaving out the creation time fastexcel stamps into its
   * properties, so that two runs on the same input write byte-identical files, as the CSVs are. The
   * entries keep their order and their fixed timestamps.
   */
  private static void copyWithoutCreationTime(Path draft, Path file) throws IOException {
    try (ZipFile in = new ZipFile(draft.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        byte[] content = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("docProps/core.xml")) {
          content =
              CREATED
                  .matcher(new String(content, StandardCharsets.UTF_8))
                  .replaceAll("")
                  .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(content);
        out.closeEntry();
      }
    }
  }

  private void sheet(Worksheet sheet, Table table) {
    List<Column<?>> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c).name());
      for (int row = 0; row < table.rowCount(); row++) {
        cell(sheet, row + 1, c, columns.get(c), row);
      }
    }
    sheet.freezePane(0, 1);
    sheet.setAutoFilter(0, 0, table.rowCount(), Math.max(0, columns.size() - 1));
  }

  private void cell(Worksheet sheet, int r, int c, Column<?> column, int row) {
    if (column.isMissing(row)) {
      return;
    }
    ColumnType type = column.type();
    if (type == ColumnType.DOUBLE || type == ColumnType.FLOAT) {
      format.number(((Number) column.get(row)).doubleValue()).ifPresent(n -> sheet.value(r, c, n));
    } else if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT) {
      sheet.value(r, c, (Number) column.get(row));
    } else if (type == ColumnType.BOOLEAN) {
      sheet.value(r, c, (Boolean) column.get(row));
    } else {
      sheet.value(r, c, format.text(column.getString(row)));
    }
  }
}
