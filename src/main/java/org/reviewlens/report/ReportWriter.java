package org.reviewlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Writes a run's tables and report into {@code --out}, through a staging directory so that the
 * previous output survives any failure.
 */
public final class ReportWriter {
  private final CsvTableWriter csv;

  public ReportWriter(CsvOptions options) {
    this.csv = new CsvTableWriter(options);
  }

  /** Writes every table as {@code <table name>.csv} and the run report, then swaps them in. */
  public void write(Path out, List<Table> tables, RunReport report) throws IOException {
    OutputDirectory dir = OutputDirectory.open(out);
    try {
      for (Table table : tables) {
        csv.write(table, dir.staging().resolve(table.name() + ".csv"));
      }
      Files.writeString(dir.staging().resolve("run_report.txt"), report.text(), StandardCharsets.UTF_8);
      dir.commit();
    } catch (IOException | RuntimeException e) {
      dir.abandon();
      throw e;
    }
  }
}
