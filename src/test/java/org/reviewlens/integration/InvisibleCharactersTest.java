package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.MentionKind;
import org.reviewlens.extract.ReviewExtractor;

/**
 * Names with invisible format characters inside, as in text pasted from the web, through the real
 * tokenizer: CoreNLP splits a word in two at a zero-width space or a byte-order mark inside it, and
 * keeps one token for the others.
 */
@Tag("models")
class InvisibleCharactersTest {
  private static final Cast CAST =
      new Cast(List.of(new Character("Ani", List.of("Ani"), "", List.of(), Gender.FEMALE)));
  private static final Film FILM =
      new Film("Night Walk", 2024, "Rhea Vale", List.of("Rhea Vale", "Vale"), Gender.FEMALE);

  private static List<String> nameMentions(String text) {
    Review review = new Review("r", text, ReviewMetadata.defaultFor("r"));
    Map<String, AnnotatedReview> annotated = SharedPipeline.annotate(List.of(review));
    return new ReviewExtractor(CAST, FILM)
        .extract(review, annotated.get("r")).mentions().stream()
            .filter(m -> m.kind() == MentionKind.NAME)
            .map(m -> m.charBegin() + "-" + m.charEnd() + " " + m.character())
            .toList();
  }

  @Test
  void aNameSplitByAZeroWidthSpaceCountsAsAName() {
    assertEquals(
        List.of("0-4 Ani", "17-20 Ani"), nameMentions("A\u200Bni walks home. Ani smiles."));
  }

  @Test
  void aNameWithAJoinerAWordJoinerAByteOrderMarkOrASoftHyphenInsideCountsAsAName() {
    assertEquals(
        List.of("0-4 Ani", "12-16 Ani", "25-29 Ani", "36-40 Ani", "48-52 Ani"),
        nameMentions(
            "A\u200Cni sings. A\u200Dni laughs. A\u2060ni runs. A\uFEFFni jumps. A\u00ADni"
                + " sleeps."));
  }
}
