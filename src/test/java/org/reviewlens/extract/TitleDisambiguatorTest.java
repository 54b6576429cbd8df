package org.reviewlens.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleDisambiguatorTest {
  private static final TitleDisambiguator RULES = new TitleDisambiguator("Ani", List.of("Sean Baker", "Baker"));

  /** Decides the first bare "Anora" of the text under the given review-level default. */
  private static boolean namesFilm(String text, boolean filmByDefault) {
    List<NameSpan> spans = Fixtures.names(text);
    NameSpan title = spans.stream().filter(s -> text.substring(s.begin(), s.end()).equals("Anora")).findFirst().orElseThrow();
    return RULES.namesFilm(text, title, spans, filmByDefault);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sean Baker’s Anora doesn't aim to tell a story.",
        "I really liked Anora.",
        "Anora is not an easy film.",
        "But as Anora progresses, he stands out.",
        "Then the title “Anora” appears on screen.",
        "In his latest film, Anora, director Sean Baker has broken through.",
        "What sets Anora apart is its refusal to judge.",
        "Within the first scenes of Anora, it’s hard to resist."
      })
  void filmCuesBeatACharacterDefault(String text) {
    assertTrue(namesFilm(text, false), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "As soon as we meet Anora, it becomes clear.",
        "PART THREE: Igor and Anora",
        "Through the lens of Anora, or Ani, Baker explores.",
        "We meet Anora (Mikey Madison) at work.",
        "Through the protagonist, exotic dancer Anora, we wrestle."
      })
  void characterCuesBeatAFilmDefault(String text) {
    assertFalse(namesFilm(text, true), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anora attempts to restore her power.", "By the end of the film, Anora was back at the house."})
  void withoutACueTheReviewDefaultDecides(String text) {
    assertFalse(namesFilm(text, false), text);
    assertTrue(namesFilm(text, true), text);
  }
}
