package org.reviewlens.report.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reviewlens.analyse.AnalysisOutput;
import org.reviewlens.analyse.view.Chart;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.Html;
import org.reviewlens.analyse.view.SafePlotlyTemplates;

/**
 * Writes one HTML page per chart under {@code charts/}, and {@code index.html}: every analysis's
 * charts and sections, and links to each CSV. Pages load only the local plotly.js; nothing comes
 * from the internet.
 */
public final class DashboardWriter {
  /**
   * The page's look: charts as wide as the window (up to a comfortable reading width for text), and
   * a print stylesheet that drops the navigation and keeps each chart and its caption on one page.
   */
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2em auto;padding:0 2vw;max-width:1600px;"
          + "color:#222}h1{margin-bottom:0.2em}p.caption{color:#555;margin-top:0;max-width:75ch}"
          + "section{margin:2.5em 0}#findings li{margin:0.4em 0;max-width:100ch}"
          + "table{border-collapse:collapse;font-size:0.9em}td,th{border:1px solid #ddd;"
          + "padding:4px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}"
          + "nav a{margin-right:1em;display:inline-block}"
          + "@media print{nav,#findings a{display:none}body{margin:0;padding:0;max-width:none}"
          + "section{break-inside:avoid;page-break-inside:avoid}}";

  /**
   * Plotly sizes a chart once; this redraws every chart at the new width when the window changes.
   */
  private static final String RESIZE =
      "<script>window.addEventListener('resize',function(){"
          + "document.querySelectorAll('.js-plotly-plot').forEach(function(p){"
          + "Plotly.Plots.resize(p);});});</script>";

  /**
   * Writes the chart pages and the dashboard into {@code out}: each analysis's parts, slot by slot,
   * in registry order within a slot.
   */
  public void write(
      Path out, List<AnalysisOutput> outputs, Map<String, String> texts, List<String> csvFiles)
      throws IOException {
    SafePlotlyTemplates.install();
    List<DashboardPart> parts = new ArrayList<>();
    for (AnalysisOutput output : outputs) {
      parts.addAll(output.analysis().dashboard(output.table()));
    }
    parts.sort(Comparator.comparing(DashboardPart::slot));
    List<Chart> charts =
        parts.stream()
            .filter(p -> p instanceof DashboardPart.ChartPart)
            .map(p -> ((DashboardPart.ChartPart) p).chart())
            .toList();
    PlotlyAsset.copyTo(out);
    Path pages = Files.createDirectories(out.resolve("charts"));
    for (Chart chart : charts) {
      String body = "<p><a href=\"../index.html\">&larr; dashboard</a></p>" + section(chart, "h1");
      write(
          pages.resolve(chart.id() + ".html"), page(chart.title(), "../" + PlotlyAsset.PATH, body));
    }
    StringBuilder body = new StringBuilder();
    body.append("<h1>Review comparison</h1>");
    body.append(
        "<p class=\"caption\">Who each reviewer talks about, and in what tone. Every number comes"
            + " from the CSVs linked below.</p>");
    body.append(Findings.section(outputs));
    body.append(readers(ReaderPages.write(out, outputs, texts)));
    body.append("<nav>");
    charts.forEach(
        c ->
            body.append("<a href=\"charts/")
                .append(c.id())
                .append(".html\">")
                .append(Html.text(c.title()))
                .append("</a>"));
    body.append("</nav>");
    for (DashboardPart part : parts) {
      if (part instanceof DashboardPart.ChartPart c) {
        body.append(section(c.chart(), "h2"));
      } else if (part instanceof DashboardPart.HtmlPart h) {
        body.append(h.html());
      }
    }
    body.append("<section><h2>Data</h2><ul>");
    csvFiles.forEach(
        f ->
            body.append("<li><a href=\"")
                .append(Html.text(f))
                .append("\">")
                .append(Html.text(f))
                .append("</a></li>"));
    body.append("</ul><p class=\"caption\">plotly.js ")
        .append(PlotlyAsset.VERSION)
        .append(
            " (MIT, <a href=\"assets/plotly-LICENSE.txt\">licence</a>) is bundled; the page works"
                + " offline.</p></section>");
    body.append(EvidencePanel.write(out, outputs, charts));
    write(out.resolve("index.html"), page("Review comparison", PlotlyAsset.PATH, body.toString()));
  }

  /** Links to the highlighted reader page of each review. */
  private static String readers(List<ReaderPages.Page> pages) {
    if (pages.isEmpty()) {
      return "";
    }
    StringBuilder html =
        new StringBuilder("<p class=\"caption\">Read each review with its mentions marked: ");
    for (int i = 0; i < pages.size(); i++) {
      html.append(i == 0 ? "" : " &middot; ")
          .append("<a href=\"")
          .append(Html.text(pages.get(i).path()))
          .append("\">")
          .append(Html.text(pages.get(i).reviewId()))
          .append("</a>");
    }
    return html.append(".</p>").toString();
  }

  private static String section(Chart chart, String heading) {
    return "<section><"
        + heading
        + ">"
        + Html.text(chart.title())
        + "</"
        + heading
        + ">"
        + "<p class=\"caption\">"
        + Html.text(chart.caption())
        + "</p>"
        + chart.figure().divString(chart.id())
        + chart.figure().asJavascript(chart.id())
        + "</section>";
  }

  private static String page(String title, String plotly, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + Html.text(title)
        + "</title>"
        + "<style>"
        + STYLE
        + EvidencePanel.STYLE
        + "</style>"
        + "<script src=\""
        + plotly
        + "\"></script></head>\n<body>\n"
        + body
        + RESIZE
        + "\n</body></html>\n";
  }

  private static void write(Path file, String html) throws IOException {
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }
}
