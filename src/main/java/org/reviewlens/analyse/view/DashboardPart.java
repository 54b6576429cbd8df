package org.reviewlens.analyse.view;

/** One piece of the dashboard that an analysis contributes: a chart or an HTML table. */
public sealed interface DashboardPart {
  /** Where the part goes. */
  Slot slot();

  /**
   * A chart: a section of the dashboard and a page of its own under {@code charts/}.
   *
   * @param slot where it goes
   * @param chart the chart
   */
  record ChartPart(Slot slot, Chart chart) implements DashboardPart {}

  /**
   * A section of HTML, already escaped with {@link Html}.
   *
   * @param slot where it goes
   * @param html the section
   */
  record HtmlPart(Slot slot, String html) implements DashboardPart {}
}
