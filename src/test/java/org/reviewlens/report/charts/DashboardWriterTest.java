package org.reviewlens.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.analyse.Analyses;
import org.reviewlens.analyse.AnalysisInput;
import org.reviewlens.analyse.HandMadeRun;
import org.reviewlens.extract.ExtractedReview;

/** The dashboard made from the registry, on a run made by hand. */
class DashboardWriterTest {
  /** The sections of the first analyses, in the order the dashboard shows them. */
  private static final List<String> KNOWN_HEADINGS =
      List.of(
          "Findings",
          "Reviews",
          "Character mentions per review",
          "Character mentions per 1,000 tokens",
          "Each character's share of a review's character talk",
          "The critic's verdict per review",
          "Tone toward each character",
          "Tone across each review",
          "Sentiment labels per review",
          "Top named entities per review",
          "Distinctive words of each review",
          "How alike the reviews' vocabularies are",
          "Quotations by kind",
          "References: shared and unique");

  @TempDir Path out;

  @Test
  void theDashboardShowsEachSlotInTurnAndAPageForEveryChart() throws IOException {
    new DashboardWriter()
        .write(
            out,
            Analyses.run(HandMadeRun.input()),
            HandMadeRun.texts(),
            List.of("reviews.csv", "run_report.txt"));
    String index = Files.readString(out.resolve("index.html"));
    List<String> headings = matches(index, "<h2>([^<]*)</h2>");
    assertEquals(KNOWN_HEADINGS, headings.stream().filter(KNOWN_HEADINGS::contains).toList());
    assertEquals(
        List.of("Data", "Evidence"), headings.subList(headings.size() - 2, headings.size()));
    try (Stream<Path> pages = Files.list(out.resolve("charts"))) {
      List<String> found = pages.map(p -> p.getFileName().toString()).toList();
      assertTrue(
          found.containsAll(
              List.of(
                  "character_tone.html",
                  "distinctive_terms.html",
                  "mention_share.html",
                  "mentions_counts.html",
                  "mentions_per_1k.html",
                  "sentiment_labels.html",
                  "similarity.html",
                  "tone_arcs.html",
                  "top_entities.html")),
          found.toString());
      assertEquals(
          matches(index, "(Plotly\\.newPlot)").size(), found.size(), "a page for every chart");
    }
    assertTrue(index.contains("<a href=\"reviews.csv\">reviews.csv</a>"));
  }

  @Test
  void aReviewWithA251CharacterIdGetsItsReaderPageAndEvidenceFileAndTheLinksFollow()
      throws IOException {
    String id = ReviewFilesTest.LONG_ID;
    String file = ReviewFiles.of(List.of(id)).get(id);
    AnalysisInput run = HandMadeRun.input();
    List<ExtractedReview> reviews = new ArrayList<>(run.reviews());
    reviews.set(0, renamed(reviews.get(0), id));
    Map<String, String> texts = new LinkedHashMap<>(HandMadeRun.texts());
    texts.put(id, texts.remove("first"));
    new DashboardWriter()
        .write(
            out,
            Analyses.run(
                new AnalysisInput(
                    reviews, run.skipped(), run.characters(), run.suggested(), run.tone())),
            texts,
            List.of("reviews.csv"));
    assertTrue(Files.isRegularFile(out.resolve("reader/" + file + ".html")));
    assertTrue(Files.isRegularFile(out.resolve("evidence/" + file + ".js")));
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("href=\"reader/" + file + ".html\""), "the reader link");
    assertTrue(index.contains("\"" + id + "\":\"evidence/" + file + ".js\""), "the evidence file");
  }

  private static ExtractedReview renamed(ExtractedReview r, String id) {
    return new ExtractedReview(
        id,
        r.metadata(),
        r.tokens(),
        r.sentences(),
        r.entities(),
        r.quotes(),
        r.mentions(),
        r.words(),
        r.references());
  }

  private static List<String> matches(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1).replace("&#39;", "'"));
    }
    return found;
  }
}
