package org.reviewlens.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.analyse.Analyses;
import org.reviewlens.analyse.HandMadeRun;
import org.unbescape.html.HtmlEscape;

/** The highlighted reader pages, on a run made by hand. */
class ReaderPagesTest {
  private static final Pattern MARK =
      Pattern.compile(
          "<mark class=\"[^\"]*\" style=\"[^\"]*\" title=\"([^\"]*)\" data-begin=\"(\\d+)\""
              + " data-end=\"(\\d+)\" data-kind=\"([^\"]*)\""
              + " data-character=\"([^\"]*)\">([^<]*)</mark>");

  @TempDir Path out;

  private String page(Map<String, String> texts, String review) throws IOException {
    List<ReaderPages.Page> pages = ReaderPages.write(out, Analyses.run(HandMadeRun.input()), texts);
    return Files.readString(
        out.resolve(
            pages.stream()
                .filter(p -> p.reviewId().equals(review))
                .findFirst()
                .orElseThrow()
                .path()));
  }

  @Test
  void everyMentionIsMarkedAtItsSpanWithItsKindCharacterAndCredit() throws IOException {
    String html = page(HandMadeRun.texts(), "first");
    List<String> marks = new ArrayList<>();
    Matcher m = MARK.matcher(html);
    while (m.find()) {
      marks.add(
          m.group(2)
              + "-"
              + m.group(3)
              + " "
              + m.group(4)
              + " "
              + m.group(5)
              + ": "
              + m.group(6)
              + " ["
              + HtmlEscape.unescapeHtml(m.group(1))
              + "]");
    }
    assertEquals(
        List.of(
            "0-3 name Ani: Ani [Ani \u2192 Ani (name)]",
            "10-14 name Igor: Igor [Igor \u2192 Igor (name)]",
            "40-43 pronoun Ani: She [She \u2192 Ani (pronoun)]",
            "80-85 film_title Ani: Anora [the film's title, not Ani]"),
        marks);
  }

  @Test
  void thePageHoldsTheWholeTextWithEachSentenceShadedByItsTone() throws IOException {
    Map<String, String> texts = HandMadeRun.texts();
    String html = page(texts, "first");
    String body = html.substring(html.indexOf("<div class=\"text\">"), html.lastIndexOf("</div>"));
    assertEquals(texts.get("first"), HtmlEscape.unescapeHtml(body.replaceAll("<[^>]+>", "")));
    assertTrue(html.contains("background:rgba(40,160,60,0.315)\" title=\"tone +0.90, evaluation"));
  }

  @Test
  void hostileTextIsShownNotRun() throws IOException {
    Map<String, String> texts = new LinkedHashMap<>(HandMadeRun.texts());
    String second = texts.get("second");
    // The 18 characters between the two sentences of "second" become markup.
    texts.put("second", second.substring(0, 22) + "<script>x</script>" + second.substring(40));
    String html = page(texts, "second");
    assertFalse(html.contains("<script>x"), html);
    assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"), html);
  }

  @Test
  void fileNamesKeepSafeCharactersAndNeverClash() {
    assertEquals(
        List.of("a_b", "a_b-2", "_script_", "A_B-3"),
        List.copyOf(ReviewFiles.of(List.of("a/b", "a?b", "<script>", "A/B")).values()));
  }
}
