package org.reviewlens.report.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Writes one HTML page per chart under {@code charts/}, and {@code index.html}: every chart with
 * its caption, the reviews, the quotations by kind with their speakers, and links to each CSV.
 * Pages load only the local plotly.js; nothing comes from the internet.
 */
public final class DashboardWriter {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
          + "h1{margin-bottom:0.2em}p.caption{color:#555;margin-top:0}section{margin:2.5em 0}"
          + "table{border-collapse:collapse;font-size:0.9em}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}"
          + "th{background:#f4f4f4}nav a{margin-right:1em}";

  /** Writes the chart pages and the dashboard into {@code out}. */
  public void write(Path out, List<Chart> charts, Map<String, Table> tables, List<String> csvFiles) throws IOException {
    PlotlyAsset.copyTo(out);
    Path pages = Files.createDirectories(out.resolve("charts"));
    for (Chart chart : charts) {
      String body = "<p><a href=\"../index.html\">&larr; dashboard</a></p>" + section(chart, "h1");
      write(pages.resolve(chart.id() + ".html"), page(chart.title(), "../" + PlotlyAsset.PATH, body));
    }
    StringBuilder body = new StringBuilder();
    body.append("<h1>Review comparison</h1>");
    body.append("<p class=\"caption\">Who each reviewer talks about, and in what tone. Every number comes from the CSVs linked below.</p>");
    body.append("<nav>");
    charts.forEach(c -> body.append("<a href=\"charts/").append(c.id()).append(".html\">").append(Html.text(c.title())).append("</a>"));
    body.append("</nav>");
    body.append(reviewsTable(tables.get("reviews")));
    charts.forEach(c -> body.append(section(c, "h2")));
    body.append(quotesTable(tables.get("quotes")));
    body.append(referencesTable(tables.get("references")));
    body.append("<section><h2>Data</h2><ul>");
    csvFiles.forEach(f -> body.append("<li><a href=\"").append(Html.text(f)).append("\">").append(Html.text(f)).append("</a></li>"));
    body.append("</ul><p class=\"caption\">plotly.js ").append(PlotlyAsset.VERSION)
        .append(" (MIT, <a href=\"assets/plotly-LICENSE.txt\">licence</a>) is bundled; the page works offline.</p></section>");
    write(out.resolve("index.html"), page("Review comparison", PlotlyAsset.PATH, body.toString()));
  }

  private static String section(Chart chart, String heading) {
    return "<section><" + heading + ">" + Html.text(chart.title()) + "</" + heading + ">"
        + "<p class=\"caption\">" + Html.text(chart.caption()) + "</p>"
        + chart.figure().divString(chart.id())
        + chart.figure().asJavascript(chart.id())
        + "</section>";
  }

  private static String reviewsTable(Table reviews) {
    StringBuilder b = new StringBuilder("<section><h2>Reviews</h2><table><tr><th>review</th><th>reviewer</th><th>outlet</th><th>title</th><th>published</th><th>url</th><th>tokens</th><th>sentences</th><th>status</th></tr>");
    for (Row r : reviews) {
      b.append("<tr>");
      for (String c : List.of("review_id", "reviewer", "outlet", "title", "published")) {
        b.append("<td>").append(Html.text(r.getString(c))).append("</td>");
      }
      b.append("<td>").append(Html.link(r.getString("url"))).append("</td>");
      b.append("<td>").append(r.getInt("tokens")).append("</td><td>").append(r.getInt("sentences")).append("</td>");
      String status = r.getString("status") + (r.getString("skip_reason").isEmpty() ? "" : ": " + r.getString("skip_reason"));
      b.append("<td>").append(Html.text(status)).append("</td></tr>");
    }
    return b.append("</table></section>").toString();
  }

  private static String quotesTable(Table quotes) {
    StringBuilder b = new StringBuilder("<section><h2>Quotations by kind</h2>");
    b.append("<p class=\"caption\">Quoted spans and script-style dialogue lines. <em>speaker</em> is the cast character where the text makes it clear; CoreNLP's own guess is in quotes.csv.</p>");
    b.append("<table><tr><th>kind</th><th>review</th><th>quotation</th><th>speaker</th></tr>");
    Table sorted = quotes.sortOn("kind", "review_id", "quote_index");
    for (Row r : sorted) {
      b.append("<tr><td>").append(Html.text(r.getString("kind"))).append("</td><td>")
          .append(Html.text(r.getString("review_id"))).append("</td><td>")
          .append(Html.text(r.getString("text"))).append("</td><td>")
          .append(Html.text(r.getString("speaker_character"))).append("</td></tr>");
    }
    return b.append("</table></section>").toString();
  }

  /** Each reference once, with the reviews that name it: shared ones first. */
  private static String referencesTable(Table refs) {
    StringBuilder b = new StringBuilder("<section><h2>References: shared and unique</h2>");
    b.append("<p class=\"caption\">Other films, real people and places the reviews bring in. <em>shared</em> means more than one review names it.</p>");
    b.append("<table><tr><th>reference</th><th>kind</th><th>named by</th><th></th></tr>");
    Map<String, List<String>> by = new TreeMap<>();
    Map<String, String> kinds = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Row r : refs) {
      String key = r.getString("kind") + "\u0000" + r.getString("reference");
      by.computeIfAbsent(key, k -> new ArrayList<>()).add(r.getString("review_id") + " (" + r.getInt("count") + ")");
      kinds.put(key, r.getString("kind"));
      names.put(key, r.getString("reference"));
    }
    by.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
        .forEach(e -> b.append("<tr><td>").append(Html.text(names.get(e.getKey()))).append("</td><td>")
            .append(Html.text(kinds.get(e.getKey()))).append("</td><td>")
            .append(Html.text(String.join(", ", e.getValue()))).append("</td><td>")
            .append(e.getValue().size() > 1 ? "shared" : "unique").append("</td></tr>"));
    return b.append("</table></section>").toString();
  }

  private static String page(String title, String plotly, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + Html.text(title) + "</title>"
        + "<style>" + STYLE + "</style>"
        + "<script src=\"" + plotly + "\"></script></head>\n<body>\n" + body + "\n</body></html>\n";
  }

  private static void write(Path file, String html) throws IOException {
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }
}
