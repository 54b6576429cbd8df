package org.reviewlens.report;

import java.util.List;

/**
 * What a run did, written to {@code run_report.txt} and summarised on the console.
 *
 * @param toolVersion the tool's version
 * @param settings the annotation settings fingerprint
 * @param reviews how many reviews were analysed
 * @param fromCache how many of them came from the annotation cache
 * @param skipped one line per skipped review: its id and why
 * @param warnings one line per problem that did not stop the run
 * @param seconds wall-clock time of the run
 */
public record RunReport(
    String toolVersion,
    String settings,
    int reviews,
    int fromCache,
    List<String> skipped,
    List<String> warnings,
    double seconds) {
  public RunReport {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** The report as text. Timings are left out so that unchanged runs write identical files. */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append("review-lens ").append(toolVersion).append('\n');
    b.append("annotation settings: ").append(settings).append('\n');
    b.append("reviews analysed: ").append(reviews).append('\n');
    b.append("reviews skipped: ").append(skipped.size()).append('\n');
    skipped.forEach(s -> b.append("  skipped ").append(s).append('\n'));
    b.append("warnings: ").append(warnings.size()).append('\n');
    warnings.forEach(w -> b.append("  ").append(w).append('\n'));
    return b.toString();
  }
}
