package org.reviewlens.extract.pronouns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.DependencyParse;
import org.reviewlens.integration.SharedPipeline;

/** On a parsed sentence written for this test: which possessives belong to the performer. */
@Tag("models")
class PerformancePronounTest {
  private static List<String> performer(String text) {
    Map<String, AnnotatedReview> parsed =
        SharedPipeline.annotate(List.of(new Review("p", text, ReviewMetadata.defaultFor("p"))));
    DependencyParse parse = new DependencyParse(parsed.get("p").tokens());
    return java.util.stream.IntStream.range(0, parse.size())
        .filter(i -> PerformancePronoun.isAboutThePerformer(parse, i))
        .mapToObj(i -> parse.token(i).word() + "@" + parse.token(i).charBegin())
        .toList();
  }

  @Test
  void theSubjectOfActingAndTheWinnerOfAnAwardAreThePerformer() {
    assertEquals(
        List.of("she@14", "her@51"),
        performer("Clara Mott as she plays Hester. The role will earn her a nomination."));
    assertEquals(List.of("He@0"), performer("He is Tobias in every frame, and he runs home."));
  }

  @Test
  void aPossessiveOnAWordOfTheCraftIsThePerformersAndOneOnKinIsNot() {
    String text =
        "Hester loses her father, and Clara Mott gives her finest performance in his film.";
    Map<String, AnnotatedReview> parsed =
        SharedPipeline.annotate(List.of(new Review("p", text, ReviewMetadata.defaultFor("p"))));
    DependencyParse parse = new DependencyParse(parsed.get("p").tokens());
    List<String> performer =
        java.util.stream.IntStream.range(0, parse.size())
            .filter(i -> PerformancePronoun.isAboutThePerformer(parse, i))
            .mapToObj(i -> parse.token(i).word() + "@" + parse.token(i).charBegin())
            .toList();
    assertEquals(List.of("her@46"), performer, parsed.get("p").tokens().toString());
  }
}
