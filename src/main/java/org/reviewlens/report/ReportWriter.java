package org.reviewlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewlens.fault.FaultPoint;
import org.reviewlens.fault.Faults;
import org.reviewlens.report.charts.ChartBuilder;
import org.reviewlens.report.charts.DashboardWriter;
import tech.tablesaw.api.Table;

/**
 * Writes a run's tables and report into an {@link OutputDirectory}, whose staging folder keeps the
 * previous output intact until everything is written.
 */
public final class ReportWriter {
  private final CsvTableWriter csv;

  public ReportWriter(CsvOptions options) {
    this.csv = new CsvTableWriter(options);
  }

  /**
   * Writes every table as {@code <table name>.csv}, the charts and dashboard, and the run report
   * into the staging folder, then commits it.
   */
  public void write(OutputDirectory dir, List<Table> tables, RunReport report) throws IOException {
    Map<String, Table> byName = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (Table table : tables) {
      csv.write(table, dir.staging().resolve(table.name() + ".csv"));
      Faults.reach(FaultPoint.TABLE_WRITTEN);
      byName.put(table.name(), table);
      files.add(table.name() + ".csv");
    }
    files.add("run_report.txt");
    new DashboardWriter().write(dir.staging(), new ChartBuilder().all(byName), byName, files);
    Files.writeString(dir.staging().resolve("run_report.txt"), report.text(), StandardCharsets.UTF_8);
    dir.commit();
  }
}
