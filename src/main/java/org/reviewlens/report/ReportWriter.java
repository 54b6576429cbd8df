package org.reviewlens.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reviewlens.analyse.AnalysisOutput;
import org.reviewlens.fault.FaultPoint;
import org.reviewlens.fault.Faults;
import org.reviewlens.report.charts.DashboardWriter;

/**
 * Writes a run's tables and report into an {@link OutputDirectory}, whose staging folder keeps the
 * previous output intact until everything is written.
 */
public final class ReportWriter {
  private final CsvTableWriter csv;
  private final WorkbookWriter workbook;

  public ReportWriter(CsvOptions options) {
    this.csv = new CsvTableWriter(options);
    this.workbook = new WorkbookWriter(options);
  }

  /**
   * Writes every analysis's table under its file name, the same tables as one workbook, the charts,
   * the highlighted reader pages and the dashboard, and the run report into the staging folder,
   * then commits it.
   *
   * @param texts each analysed review's text, by review id, for the reader pages
   */
  public void write(
      OutputDirectory dir,
      List<AnalysisOutput> outputs,
      Map<String, String> texts,
      RunReport report)
      throws IOException {
    List<String> files = new ArrayList<>();
    for (AnalysisOutput output : outputs) {
      String file = output.analysis().table().fileName();
      csv.write(output.table(), dir.staging().resolve(file));
      Faults.reach(FaultPoint.TABLE_WRITTEN);
      files.add(file);
    }
    workbook.write(outputs, dir.staging().resolve(WorkbookWriter.FILE));
    files.add(WorkbookWriter.FILE);
    files.add("run_report.txt");
    new DashboardWriter().write(dir.staging(), outputs, texts, files);
    Files.writeString(
        dir.staging().resolve("run_report.txt"), report.text(), StandardCharsets.UTF_8);
    dir.commit();
  }
}
