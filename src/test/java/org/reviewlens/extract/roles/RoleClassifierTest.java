package org.reviewlens.extract.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.Fixtures;
import org.reviewlens.extract.ReviewExtractor;
import org.reviewlens.integration.SharedPipeline;

/**
 * Each sentence-role rule of {@link RoleClassifier}, on sentences written for this test, parsed by
 * the real CoreNLP models and run through the whole extractor: the role and the cue that fired.
 */
@Tag("models")
class RoleClassifierTest {
  private static List<String> roles(String text) {
    Review review = new Review("r", text, ReviewMetadata.defaultFor("r"));
    AnnotatedReview parsed = SharedPipeline.annotate(List.of(review)).get("r");
    return new ReviewExtractor(Fixtures.CAST, Fixtures.FILM)
        .extract(review, parsed).sentences().stream()
            .map(s -> s.role().label() + " | " + s.roleCue())
            .toList();
  }

  @Test
  void aScriptLineIsTheStorySpeaking() {
    assertEquals(
        List.of("summary | dialogue line", "summary | dialogue line"),
        roles("Ani: You call this a wedding?\nIvan: It is a great wedding.\n"));
  }

  @Test
  void anEvaluativeWordJudgesUnlessItDescribesACharacterAsAPerson() {
    assertEquals(
        List.of(
            "evaluation | evaluative word: tedious",
            "summary | story",
            "evaluation | evaluative word: layered"),
        roles("The second act is tedious. Ani is a clever girl. Ani is layered."));
  }

  @Test
  void theCriticsReactionAndARecommendationJudge() {
    assertEquals(
        List.of(
            "evaluation | critic's reaction: loved",
            "evaluation | critic's reaction: me",
            "evaluation | recommendation: should"),
        roles(
            "I loved every minute of it. Her last dance broke my heart. You should see it on the"
                + " biggest screen you can find."));
  }

  @Test
  void aSuperlativeJudges() {
    assertEquals(
        List.of("evaluation | superlative: most romantic"),
        roles("Their wedding night is the most romantic sequence of the year."));
  }

  @Test
  void headingsAwardsCreditsAndTheCriticsPastAreContext() {
    assertEquals(
        List.of(
            "context | heading",
            "context | context word: festival",
            "context | credit: directed",
            "context | critic's own past: seen"),
        roles(
            "PART TWO: The Night Out\n\nIt opened the festival in May. Sean Baker directed it in"
                + " six weeks. I had seen his earlier work."));
  }

  @Test
  void aPerformerInTheMainClauseSpeaksOfTheFilmUnlessTheVerbTellsTheStory() {
    assertEquals(
        List.of("evaluation | film person in the main clause: madison", "summary | story"),
        roles("Mikey Madison carries every scene. The film follows Ani to Las Vegas."));
  }

  @Test
  void aSentenceWithoutAnchorGoesOnWithTheStoryUnlessTheCriticSpeaksOrAnAsideRuns() {
    assertEquals(
        List.of(
            "summary | story",
            "summary | no anchor: continues the story",
            "evaluation | evaluative word: superb",
            "context | no anchor: the critic's aside"),
        roles(
            "Ani marries Ivan in Las Vegas. It rains all night. The ending is superb. We all need"
                + " that kind of luck."));
    assertEquals(
        List.of(
            "context | no anchor: the review's opening", "context | no anchor: continues an aside"),
        roles("It rains a lot these days. Nobody stays dry for long."));
  }
}
