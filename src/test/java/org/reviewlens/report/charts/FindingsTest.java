package org.reviewlens.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.analyse.Analyses;
import org.reviewlens.analyse.HandMadeRun;

/** The findings said in sentences, on a run made by hand: every sentence, and its chart. */
class FindingsTest {
  @Test
  void theFindingsStateTheTablesExtremesInWordsWithTheirCharts() {
    // first: Ani twice and Igor once in 30 tokens, one judging sentence; second: Igor three
    // times, no judging sentence.
    List<String> findings =
        Findings.of(Analyses.run(HandMadeRun.input())).stream()
            .map(f -> f.chartId() + ": " + f.html())
            .toList();
    assertEquals(
        List.of(
            "mentions_per_1k: <b>Igor</b> gets the most attention in <i>second</i>: 100.0 mentions"
                + " per 1,000 tokens (the least in <i>first</i>: 33.3).",
            "mentions_per_1k: <b>Ani</b> gets the most attention in <i>first</i>: 66.7 mentions"
                + " per 1,000 tokens (the least in <i>second</i>: 0.0).",
            // The verdicts are the built-in model's reading: retraining it moves them.
            "review_verdict: The warmest verdict is <i>first</i>'s (+0.33; 1 judging sentence);"
                + " the coldest is <i>second</i>'s (+0.16; no judging sentence)."),
        findings,
        "one pair of reviews and no character said enough of in two reviews: no such findings");
  }
}
