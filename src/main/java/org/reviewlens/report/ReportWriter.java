package org.reviewlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Writing one file, or the files of one folder. */
  private interface Writing {
    void to(Path path) throws IOException;
  }

  /**
   * Writes to {@code path}, naming it in the error: a full disk says only "No space left on
   * device".
   */
  private static void writing(Path path, Writing writing) throws IOException {
    try {
      writing.to(path);
    } catch (FileSystemException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException(path + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IOException(path + ": " + e.getCause().getMessage(), e.getCause());
    }
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
    Path staging = dir.staging();
    for (AnalysisOutput output : outputs) {
      String file = output.analysis().table().fileName();
      writing(
          staging.resolve(file),
          path -> {
            csv.write(output.table(), path);
            Faults.reach(FaultPoint.TABLE_WRITTEN);
          });
      files.add(file);
    }
    writing(staging.resolve(WorkbookWriter.FILE), path -> workbook.write(outputs, path));
    files.add(WorkbookWriter.FILE);
    files.add("run_report.txt");
    writing(staging, path -> new DashboardWriter().write(path, outputs, texts, files));
    writing(
        staging.resolve("run_report.txt"),
        path -> Files.writeString(path, report.text(), StandardCharsets.UTF_8));
    dir.commit();
  }
}
