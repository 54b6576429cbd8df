package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.cli.Run;

/** Opens the dashboard and every chart page in headless Chromium with the network off. */
@Tag("models")
class DashboardBrowserTest {
  /** The charts of the analyses registered when this test was written; more may come. */
  private static final int AT_LEAST_CHARTS = 10;

  private static List<Path> chartPages(Path out) throws IOException {
    try (Stream<Path> pages = Files.list(out.resolve("charts"))) {
      return pages.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static void assertDrawsEverythingSafely(Path out) throws Exception {
    List<Path> pages = chartPages(out);
    assertTrue(pages.size() >= AT_LEAST_CHARTS, pages.toString());
    HeadlessChromium.Outcome index = HeadlessChromium.open(out.resolve("index.html"));
    assertEquals(pages.size(), index.charts(), "every chart drawn on index.html");
    assertEquals("[]", index.alerts(), "no script may run from the data");
    assertEquals("[]", index.errors(), "no JavaScript error");
    for (Path page : pages) {
      HeadlessChromium.Outcome outcome = HeadlessChromium.open(page);
      assertEquals(1, outcome.charts(), page.toString());
      assertEquals("[]", outcome.alerts(), page.toString());
      assertEquals("[]", outcome.errors(), page.toString());
    }
    // Click every bar of the first character: each review's evidence file loads and is shown.
    HeadlessChromium.Outcome clicked =
        HeadlessChromium.open(
            out.resolve("index.html"),
            "var gd=document.getElementById('mentions_counts');"
                + "gd.data[0].x.forEach(function(x,i){"
                + "gd.emit('plotly_click',{points:[{curveNumber:0,pointNumber:i}]});});");
    assertEquals("[]", clicked.alerts(), "no script may run from the evidence");
    assertEquals("[]", clicked.errors(), "no JavaScript error in the evidence panel");
    assertTrue(clicked.dom().contains("<aside id=\"evidence\">"), "the panel opened");
    for (Path page : readerPages(out)) {
      HeadlessChromium.Outcome outcome = HeadlessChromium.open(page);
      assertEquals("[]", outcome.alerts(), page.toString());
      assertEquals("[]", outcome.errors(), page.toString());
    }
  }

  private static List<Path> readerPages(Path out) throws IOException {
    try (Stream<Path> pages = Files.list(out.resolve("reader"))) {
      return pages.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  /** The marks a rendered reader page shows: "begin-end kind character: text", in page order. */
  private static List<String> marks(String dom) {
    Matcher m =
        Pattern.compile(
                "<mark [^>]*data-begin=\"(\\d+)\" data-end=\"(\\d+)\" data-kind=\"([^\"]*)\""
                    + " data-character=\"([^\"]*)\">([^<]*)</mark>")
            .matcher(dom);
    List<String> marks = new java.util.ArrayList<>();
    while (m.find()) {
      marks.add(
          m.group(1)
              + "-"
              + m.group(2)
              + " "
              + m.group(3)
              + " "
              + org.unbescape.html.HtmlEscape.unescapeHtml(m.group(4))
              + ": "
              + org.unbescape.html.HtmlEscape.unescapeHtml(m.group(5)));
    }
    return marks;
  }

  /** The rows of a CSV file in the output folder, by column name. */
  private static List<org.apache.commons.csv.CSVRecord> csv(Path out, String file)
      throws IOException {
    String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    return org.apache.commons.csv.CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new java.io.StringReader(text.replaceFirst("^\uFEFF", "")))
        .getRecords();
  }

  /**
   * Clicks a point of a chart as Plotly reports it, and returns what the evidence panel then shows,
   * headed by the review and character the chart labels the point with.
   */
  private static List<String> clickAndRead(String chart, String point, String label)
      throws Exception {
    String action =
        "var gd=document.getElementById('"
            + chart
            + "');"
            + "gd.emit('plotly_click',{points:["
            + point
            + "]});document.body.setAttribute('data-clicked',"
            + label
            + ");";
    String dom = HeadlessChromium.open(CorpusOutput.get().resolve("index.html"), action).dom();
    Matcher clicked = Pattern.compile("data-clicked=\"([^\"]*)\"").matcher(dom);
    assertTrue(clicked.find(), "the click ran");
    List<String> shown = new java.util.ArrayList<>();
    shown.add(org.unbescape.html.HtmlEscape.unescapeHtml(clicked.group(1)));
    String panel = dom.substring(dom.indexOf("<aside id=\"evidence\""));
    assertFalse(panel.startsWith("<aside id=\"evidence\" hidden"), "the panel is open");
    Matcher row =
        Pattern.compile(
                "<tr><td>([^<]*)</td><td>([^<]*)<mark>([^<]*)</mark>([^<]*)</td><td>([^<]*)</td></tr>")
            .matcher(panel.substring(0, panel.indexOf("</aside>")));
    while (row.find()) {
      shown.add(
          org.unbescape.html.HtmlEscape.unescapeHtml(
              row.group(1)
                  + " | "
                  + row.group(2)
                  + "["
                  + row.group(3)
                  + "]"
                  + row.group(4)
                  + " | "
                  + row.group(5)));
    }
    return shown;
  }

  /** The kwic.csv rows of a review and character as the panel should show them, with the tone. */
  private static List<String> kwic(String review, String character) throws IOException {
    Path out = CorpusOutput.get();
    java.util.Map<String, String> tones = new java.util.HashMap<>();
    for (org.apache.commons.csv.CSVRecord s : csv(out, "sentences.csv")) {
      double tone = Double.parseDouble(s.get("sentiment_score"));
      tones.put(
          s.get("review_id") + "/" + s.get("sentence_index"),
          (tone >= 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.2f", tone));
    }
    List<String> rows = new java.util.ArrayList<>();
    rows.add(review + " | " + character);
    for (org.apache.commons.csv.CSVRecord r : csv(out, "kwic.csv")) {
      if (r.get("review_id").equals(review)
          && r.get("character").equals(character)
          && !r.get("kind").equals("film_title")) {
        rows.add(
            r.get("kind")
                + " | "
                + r.get("left")
                + "["
                + r.get("mention")
                + "]"
                + r.get("right")
                + " | "
                + tones.get(review + "/" + r.get("sentence_index")));
      }
    }
    return rows;
  }

  @Test
  void clickingABarShowsExactlyTheKwicRowsOfThatReviewAndCharacter() throws Exception {
    // The second character's bar for the third review, labelled as Plotly labels it.
    List<String> shown =
        clickAndRead(
            "mentions_counts",
            "{curveNumber:1,pointNumber:2,x:gd.data[1].x[2],data:gd.data[1]}",
            "gd.data[1].x[2]+' | '+gd.data[1].name");
    String[] head = shown.get(0).split(" \\| ");
    assertEquals(kwic(head[0], head[1]), shown);
    assertTrue(shown.size() > 1, "the bar has mentions behind it");
  }

  /** What a click gave: the label the page gave the point, and the evidence panel's HTML. */
  private record Clicked(String label, String panel) {}

  /**
   * Clicks the largest bar of a bar chart, its values along {@code axis} ("x" or "y"), and labels
   * it with a script expression over {@code b} (the bar's trace) and {@code best} ([trace, point,
   * value]).
   */
  private static Clicked clickLargestBar(Path out, String chart, String axis, String label)
      throws Exception {
    String action =
        "var gd=document.getElementById('"
            + chart
            + "'),best=[0,0,-1];"
            + "gd.data.forEach(function(t,c){t."
            + axis
            + ".forEach(function(v,i){if(v>best[2]){best=[c,i,v];}});});"
            + "gd.emit('plotly_click',{points:[{curveNumber:best[0],pointNumber:best[1]}]});"
            + "var b=gd.data[best[0]];document.body.setAttribute('data-clicked',"
            + label
            + ");";
    String dom = HeadlessChromium.open(out.resolve("index.html"), action).dom();
    Matcher clicked = Pattern.compile("data-clicked=\"([^\"]*)\"").matcher(dom);
    assertTrue(clicked.find(), "the click ran");
    String panel = dom.substring(dom.indexOf("<aside id=\"evidence\""));
    assertFalse(panel.startsWith("<aside id=\"evidence\" hidden"), "the panel is open");
    return new Clicked(
        org.unbescape.html.HtmlEscape.unescapeHtml(clicked.group(1)),
        panel.substring(0, panel.indexOf("</aside>")));
  }

  @Test
  void clickingAVerdictBarShowsTheSentencesThatWeighedMostWithTheirWeights() throws Exception {
    // The first review's verdict bar (the second trace: the mean tone is the first).
    Path out = CorpusOutput.get();
    List<String> shown = new java.util.ArrayList<>();
    String action =
        "var gd=document.getElementById('review_verdict');"
            + "gd.emit('plotly_click',{points:[{curveNumber:1,pointNumber:0}]});"
            + "document.body.setAttribute('data-clicked',gd.data[1].x[0]);";
    String dom = HeadlessChromium.open(out.resolve("index.html"), action).dom();
    Matcher clicked = Pattern.compile("data-clicked=\"([^\"]*)\"").matcher(dom);
    assertTrue(clicked.find(), "the click ran");
    String review = org.unbescape.html.HtmlEscape.unescapeHtml(clicked.group(1));
    String panel = dom.substring(dom.indexOf("<aside id=\"evidence\""), dom.indexOf("</aside>"));
    assertTrue(panel.contains("<th>weight</th><th>sentence</th><th>role</th>"), panel);
    Matcher row =
        Pattern.compile("<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>").matcher(panel);
    while (row.find()) {
      shown.add(
          org.unbescape.html.HtmlEscape.unescapeHtml(
              row.group(1) + " | " + row.group(2) + " | " + row.group(3)));
    }
    // sentences.csv's verdict_weight for that review, heaviest either way first, ten at most.
    List<org.apache.commons.csv.CSVRecord> weighed =
        csv(out, "sentences.csv").stream()
            .filter(s -> s.get("review_id").equals(review) && !s.get("verdict_weight").isEmpty())
            .sorted(
                java.util.Comparator.comparingDouble(
                    s -> -Math.abs(Double.parseDouble(s.get("verdict_weight")))))
            .limit(10)
            .toList();
    List<String> expected =
        weighed.stream()
            .map(
                s -> {
                  double w = Double.parseDouble(s.get("verdict_weight"));
                  return (w >= 0 ? "+" : "")
                      + String.format(java.util.Locale.ROOT, "%.2f", w)
                      + " | "
                      + s.get("text")
                      + " | "
                      + s.get("role");
                })
            .toList();
    assertEquals(10, shown.size(), "a review of the home corpus has ten sentences or more");
    assertEquals(expected, shown);
  }

  @Test
  void clickingAQuotationBarShowsExactlyTheQuotesOfThatReviewAndSpeaker() throws Exception {
    // The tallest bar: the review and speaker with the most quotations.
    Path out = CorpusOutput.get();
    Clicked clicked = clickLargestBar(out, "quotes_by_character", "y", "b.x[best[1]]+' | '+b.name");
    String[] label = clicked.label().split(" \\| ");
    String review = label[0];
    String speaker = label[1].equals("(no speaker identified)") ? "" : label[1];
    String panel = clicked.panel();
    assertTrue(panel.contains("<th>kind</th><th>quotation</th><th>speaker as written</th>"), panel);
    Matcher row =
        Pattern.compile("<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>").matcher(panel);
    List<String> shown = new java.util.ArrayList<>();
    while (row.find()) {
      shown.add(
          org.unbescape.html.HtmlEscape.unescapeHtml(
              row.group(1) + " | " + row.group(2) + " | " + row.group(3)));
    }
    List<String> expected = new java.util.ArrayList<>();
    for (org.apache.commons.csv.CSVRecord q : csv(out, "quotes.csv")) {
      if (q.get("review_id").equals(review) && q.get("speaker_character").equals(speaker)) {
        expected.add(q.get("kind") + " | " + q.get("text") + " | " + q.get("speaker"));
      }
    }
    assertTrue(expected.size() > 1, "the tallest bar has quotations behind it");
    assertEquals(expected, shown);
  }

  @Test
  void clickingAnEntityBarShowsEachTimeThatReviewNamesIt() throws Exception {
    // The longest bar: one review's most named entity. Each trace is a review.
    Path out = CorpusOutput.get();
    Clicked clicked =
        clickLargestBar(out, "top_entities", "x", "b.name+' | '+b.y[best[1]]+' | '+best[2]");
    String[] label = clicked.label().split(" \\| ");
    String review = label[0];
    String entity = label[1];
    Matcher row =
        Pattern.compile(
                "<tr><td>([^<]*)</td><td>([^<]*)<mark>([^<]*)</mark>([^<]*)</td><td>([^<]*)</td></tr>")
            .matcher(clicked.panel());
    List<String> types = new java.util.ArrayList<>();
    while (row.find()) {
      assertEquals(entity, org.unbescape.html.HtmlEscape.unescapeHtml(row.group(3)));
      types.add(row.group(1));
    }
    List<String> expected = new java.util.ArrayList<>();
    for (org.apache.commons.csv.CSVRecord e : csv(out, "entities.csv")) {
      if (e.get("review_id").equals(review)
          && e.get("text").equals(entity)
          && org.reviewlens.analyse.EntitiesTable.isName(e.get("ner_type"))) {
        expected.add(e.get("ner_type"));
      }
    }
    assertEquals(Integer.parseInt(label[2]), expected.size(), "the bar counts those rows");
    assertTrue(expected.size() > 1, "the longest bar has several mentions behind it");
    assertEquals(expected, types);
  }

  @Test
  void clickingAHeatmapCellShowsTheMentionsOfThatReviewAndCharacter() throws Exception {
    List<String> shown =
        clickAndRead(
            "character_tone",
            "{curveNumber:0,pointNumber:[1,0]}",
            "gd.data[0].y[1]+' | '+gd.data[0].x[0]");
    String[] head = shown.get(0).split(" \\| ");
    assertEquals(kwic(head[0], head[1]), shown);
  }

  @Test
  void clickingAMeanToneBarShowsExactlyTheSentencesTheToneReads() throws Exception {
    Path out = CorpusOutput.get();
    String review = firstReviewWith(out, s -> s.get("in_tone").equals("false"));
    List<String> read = sentenceRows(out, review, s -> s.get("in_tone").equals("true"));
    assertTrue(
        read.size() < sentenceRows(out, review, s -> true).size(),
        "the review has dialogue lines the tone leaves out");
    assertEquals(read, clickVerdictBar(out, 0, review));
  }

  @Test
  void withDialogueIncludedTheMeanToneBarShowsTheDialogueLinesToo() throws Exception {
    Path out = CorpusOutput.withDialogue();
    String review = firstReviewWith(out, s -> s.get("dialogue").equals("true"));
    List<String> all = sentenceRows(out, review, s -> true);
    assertEquals(all, sentenceRows(out, review, s -> s.get("in_tone").equals("true")));
    assertEquals(all, clickVerdictBar(out, 0, review));
  }

  /** The first review of the run with a sentence that passes the test. */
  private static String firstReviewWith(
      Path out, java.util.function.Predicate<org.apache.commons.csv.CSVRecord> test)
      throws IOException {
    return csv(out, "sentences.csv").stream()
        .filter(test)
        .map(s -> s.get("review_id"))
        .findFirst()
        .orElseThrow();
  }

  /** The panel's rows, as "role | text | tone", for these sentences of the review. */
  private static List<String> sentenceRows(
      Path out, String review, java.util.function.Predicate<org.apache.commons.csv.CSVRecord> test)
      throws IOException {
    List<String> rows = new java.util.ArrayList<>();
    for (org.apache.commons.csv.CSVRecord s : csv(out, "sentences.csv")) {
      if (s.get("review_id").equals(review) && test.test(s)) {
        double tone = Double.parseDouble(s.get("sentiment_score"));
        rows.add(
            s.get("role")
                + " | "
                + s.get("text")
                + " | "
                + (tone >= 0 ? "+" : "")
                + String.format(java.util.Locale.ROOT, "%.2f", tone));
      }
    }
    return rows;
  }

  /** Clicks the review's bar of the review_verdict series (0 the mean tone, 1 the verdict). */
  private static List<String> clickVerdictBar(Path out, int series, String review)
      throws Exception {
    String action =
        "var gd=document.getElementById('review_verdict');"
            + "var p=gd.data["
            + series
            + "].x.indexOf("
            + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(review)
            + ");gd.emit('plotly_click',{points:[{curveNumber:"
            + series
            + ",pointNumber:p}]});"
            + "document.body.setAttribute('data-clicked',p);";
    String dom = HeadlessChromium.open(out.resolve("index.html"), action).dom();
    assertTrue(dom.contains("data-clicked=\""), "the click ran");
    assertFalse(dom.contains("data-clicked=\"-1\""), "the chart has a bar for " + review);
    String panel = dom.substring(dom.indexOf("<aside id=\"evidence\""));
    Matcher row =
        Pattern.compile("<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>")
            .matcher(panel.substring(0, panel.indexOf("</aside>")));
    List<String> shown = new java.util.ArrayList<>();
    while (row.find()) {
      shown.add(
          org.unbescape.html.HtmlEscape.unescapeHtml(
              row.group(1) + " | " + row.group(2) + " | " + row.group(3)));
    }
    return shown;
  }

  @Test
  void eachReaderPageMarksExactlyTheMentionsOfItsReview() throws Exception {
    Path out = CorpusOutput.get();
    List<org.apache.commons.csv.CSVRecord> mentions;
    String csv = Files.readString(out.resolve("mentions.csv"), StandardCharsets.UTF_8);
    mentions =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new java.io.StringReader(csv.replaceFirst("^\uFEFF", "")))
            .getRecords();
    List<Path> pages = readerPages(out);
    assertEquals(4, pages.size(), pages.toString());
    for (Path page : pages) {
      String review = page.getFileName().toString().replaceFirst("\\.html$", "");
      List<String> expected =
          mentions.stream()
              .filter(r -> r.get("review_id").equals(review))
              .map(
                  r ->
                      r.get("char_begin")
                          + "-"
                          + r.get("char_end")
                          + " "
                          + r.get("kind")
                          + " "
                          + r.get("character")
                          + ": "
                          + r.get("surface"))
              .toList();
      assertFalse(expected.isEmpty(), review);
      assertEquals(expected, marks(HeadlessChromium.open(page).dom()), review);
    }
  }

  @Test
  void dashboardAndEveryChartDrawOfflineOnTheCorpus() throws Exception {
    assertDrawsEverythingSafely(CorpusOutput.get());
  }

  @Test
  void everyChartOnTheDashboardIsAsWideAsThePage() throws Exception {
    String dom = HeadlessChromium.open(CorpusOutput.get().resolve("index.html")).dom();
    Matcher svg = Pattern.compile("<svg class=\"main-svg\"[^>]* width=\"(\\d+)\"").matcher(dom);
    List<Integer> widths = new java.util.ArrayList<>();
    while (svg.find()) {
      widths.add(Integer.parseInt(svg.group(1)));
    }
    assertTrue(widths.size() >= AT_LEAST_CHARTS, widths.toString());
    // The window is 1,400 pixels wide; the page keeps 2% of it as a margin on each side.
    assertTrue(
        widths.stream().allMatch(w -> w >= HeadlessChromium.WINDOW_WIDTH * 0.9),
        "a chart narrower than the page: " + widths);
  }

  @Test
  void pagesLoadNothingFromTheInternet() throws IOException {
    Path out = CorpusOutput.get();
    assertTrue(Files.exists(out.resolve("assets/plotly-2.35.3.js")));
    assertTrue(Files.readString(out.resolve("assets/plotly-LICENSE.txt")).contains("MIT"));
    Pattern remote =
        Pattern.compile("(?i)<(?:script|link|img|iframe)[^>]+(?:src|href)=\"(?:https?:)?//");
    for (Path page :
        Stream.concat(Stream.of(out.resolve("index.html")), chartPages(out).stream()).toList()) {
      Matcher m = remote.matcher(Files.readString(page, StandardCharsets.UTF_8));
      assertFalse(m.find(), page + " loads " + (m.hitEnd() ? "" : m.group()));
    }
  }

  @Test
  void hostileReviewTextRunsNoScriptAndBreaksNoChart() throws Exception {
    Path root = Files.createTempDirectory("hostile");
    Path corpus = root.resolve("corpus");
    Files.createDirectories(corpus.resolve("reviews"));
    Files.writeString(
        corpus.resolve("reviews/hostile.txt"),
        "Ani: </script><script>alert('dialogue')</script> are you serious?\n"
            + "Ani dances, and “</script><script>alert('quote')</script>” is what Igor <img src=x"
            + " onerror=alert('img')> says.\n"
            + "Zed laughs at a back\\slash, a 'single' and a \"double\" quote, and an emoji 🎬 in"
            + " Igor's hand.\n"
            + "Igor is wonderful and kind. Zed is a boring, tedious mess. Ani is a revelation.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("reviews/plain.txt"), "Ani meets Igor. She likes him. Zed waits.\n");
    Files.writeString(
        corpus.resolve("reviews.csv"),
        "review_id,reviewer,outlet,title,published,url\n"
            + "hostile,\"</script><script>alert('reviewer')</script>\",\"<img src=x"
            + " onerror=alert('outlet')>\",\"Back\\slash, \"\"quotes\"\" and a\n"
            + "newline 🎬\",2025-01-01,javascript:alert('url')\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("cast.csv"),
        "character,aliases,actor,actor_aliases,gender\n"
            + "Ani,Ani,,,female\n"
            + "Igor,Igor,,,male\n"
            + "\"<img src=x"
            + " onerror=alert('cast')></script><script>alert('cast2')</script>\\\",Zed,,,male\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("film.csv"),
        "title,year,director,director_aliases\nAnora,2024,Sean Baker,Baker\n");
    Path out = root.resolve("output");
    new Run(CorpusOutput.options(corpus, out, root.resolve("cache")), SharedPipeline::get)
        .execute();
    assertTrue(
        Files.readString(out.resolve("mentions.csv")).contains("Zed"),
        "the hostile character is charted");
    assertDrawsEverythingSafely(out);
  }
}
