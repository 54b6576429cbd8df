package org.reviewlens.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.SafePlotlyTemplates;

/** Every registered analysis, on a run made by hand: no models are loaded. */
class AnalysesTest {
  @Test
  void everyAnalysisMakesATableOfItsDeclaredShapeUnderItsOwnFileName() {
    List<AnalysisOutput> outputs = Analyses.run(HandMadeRun.input());
    Set<String> files = new HashSet<>();
    for (AnalysisOutput o : outputs) {
      assertEquals(o.analysis().table().header(), o.table().columnNames());
      assertTrue(files.add(o.analysis().table().fileName()), "one file per analysis");
    }
    assertEquals(
        List.of(
            "reviews.csv",
            "sentences.csv",
            "entities.csv",
            "quotes.csv",
            "mentions.csv",
            "character_mentions.csv",
            "review_tone.csv",
            "character_tone.csv",
            "character_tone_overall.csv",
            "tone_arc.csv",
            "distinctive_terms.csv",
            "similarity.csv",
            "kwic.csv",
            "entity_summary.csv",
            "references.csv",
            "cast_suggested.csv",
            "people_suggested.csv"),
        outputs.stream().map(o -> o.analysis().table().fileName()).toList().subList(0, 17),
        "the first analyses, in registry order; a new one goes after them");
  }

  /** A chart that read a column its table lacks would throw here, with no browser and no models. */
  @Test
  void everyDashboardPartBuildsFromItsOwnTable() {
    SafePlotlyTemplates.install();
    Set<String> ids = new HashSet<>();
    int parts = 0;
    for (AnalysisOutput o : Analyses.run(HandMadeRun.input())) {
      for (DashboardPart part : o.analysis().dashboard(o.table())) {
        parts++;
        if (part instanceof DashboardPart.ChartPart c) {
          assertTrue(ids.add(c.chart().id()), "chart ids are unique: " + c.chart().id());
          assertTrue(c.chart().figure().asJavascript(c.chart().id()).contains("Plotly.newPlot"));
        }
      }
    }
    assertTrue(
        ids.containsAll(
            Set.of(
                "mentions_counts",
                "mentions_per_1k",
                "mention_share",
                "character_tone",
                "tone_arcs",
                "sentiment_labels",
                "top_entities",
                "distinctive_terms",
                "similarity")),
        ids.toString());
    assertTrue(parts >= 12);
  }

  @Test
  void theCountsOfTheHandMadeRunAreRight() {
    AnalysisOutput mentions = Analyses.run(HandMadeRun.input()).get(5);
    assertEquals(
        List.of("first", "first", "second", "second"),
        Columns.REVIEW_ID.of(mentions.table()).asList());
    assertEquals(
        List.of(2, 1, 0, 2),
        mentions.table().intColumn(CharacterMentions.TOTAL_MENTIONS.name()).asList());
    assertEquals(
        List.of(1, 0, 0, 1),
        mentions.table().intColumn(CharacterMentions.PRONOUN_MENTIONS.name()).asList());
  }
}
