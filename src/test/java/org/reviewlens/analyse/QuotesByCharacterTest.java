package org.reviewlens.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.analyse.view.DashboardPart;
import org.reviewlens.analyse.view.SafePlotlyTemplates;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.people.SuggestedCast;
import org.reviewlens.extract.quotes.Quote;
import org.reviewlens.extract.quotes.QuoteKind;
import tech.tablesaw.api.Table;

class QuotesByCharacterTest {
  private static Quote quote(int i, QuoteKind kind, String speaker) {
    return new Quote(i, i * 10, i * 10 + 8, "\"Go on.\"", "", kind, speaker);
  }

  private static ExtractedReview review(String id, List<Quote> quotes) {
    return new ExtractedReview(
        id,
        ReviewMetadata.defaultFor(id),
        50,
        List.of(),
        List.of(),
        quotes,
        List.of(),
        List.of(),
        List.of());
  }

  private static Table table() {
    ExtractedReview talky =
        review(
            "talky",
            List.of(
                quote(0, QuoteKind.DIALOGUE, "Igor"),
                quote(1, QuoteKind.DIALOGUE, "Ani"),
                quote(2, QuoteKind.DIALOGUE, "Ani"),
                quote(3, QuoteKind.SCARE_QUOTE, ""),
                quote(4, QuoteKind.DIALOGUE, "")));
    ExtractedReview quiet = review("quiet", List.of());
    return new QuotesByCharacter()
        .compute(
            new AnalysisInput(
                List.of(talky, quiet),
                List.of(),
                List.of("Ani", "Igor"),
                SuggestedCast.none(),
                ToneOptions.builder().build()));
  }

  @Test
  void eachReviewCountsTheQuotationsOfEachKindByWhoSpeaksThemInCastOrder() {
    Table t = table();
    assertEquals(List.of("talky", "talky", "talky", "talky"), Columns.REVIEW_ID.of(t).asList());
    assertEquals(List.of("Ani", "Igor", "", ""), Columns.CHARACTER.of(t).asList());
    assertEquals(
        List.of("dialogue", "dialogue", "dialogue", "scare_quote"), Columns.KIND.of(t).asList());
    assertEquals(List.of(2, 1, 1, 1), QuotesByCharacter.QUOTES.of(t).asList());
  }

  @Test
  void theChartStacksEachReviewsQuotationsBySpeaker() {
    SafePlotlyTemplates.install();
    List<DashboardPart> parts = new QuotesByCharacter().dashboard(table());
    assertEquals(1, parts.size());
    String js = ((DashboardPart.ChartPart) parts.get(0)).chart().figure().asJavascript("q");
    assertTrue(js.contains("(no speaker identified)"), js);
    assertTrue(js.contains("barmode: 'stack'") || js.contains("\"stack\""), js);
  }
}
