package org.reviewlens.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.MentionKind;

class ScorerTest {
  private static LabelledMention m(
      String review, int begin, int end, String character, MentionKind kind) {
    return new LabelledMention(review, begin, end, "x", character, kind);
  }

  @Test
  void overlappingSpansOfTheSameCharacterAndKindMatchOnce() {
    List<LabelledMention> gold =
        List.of(m("r", 0, 10, "Ani", MentionKind.NAME), m("r", 20, 25, "Ani", MentionKind.NAME));
    List<LabelledMention> found =
        List.of(
            m("r", 2, 8, "Ani", MentionKind.NAME),
            m("r", 3, 9, "Ani", MentionKind.NAME),
            m("r", 40, 45, "Ivan", MentionKind.NAME));
    Scorer.Result r = Scorer.score("film", gold, found);
    assertEquals(new Tally(2, 3, 1, 1), r.total().get(MentionKind.NAME));
    assertEquals(List.of(m("r", 20, 25, "Ani", MentionKind.NAME)), r.misses());
    assertEquals(
        List.of(m("r", 3, 9, "Ani", MentionKind.NAME), m("r", 40, 45, "Ivan", MentionKind.NAME)),
        r.extras());
  }

  @Test
  void aMentionOfTheWrongCharacterIsAMissAndAnExtra() {
    Scorer.Result r =
        Scorer.score(
            "film",
            List.of(m("r", 0, 5, "Ani", MentionKind.NAME)),
            List.of(m("r", 0, 5, "Ivan", MentionKind.NAME)));
    assertEquals(new Tally(1, 1, 0, 2), r.total().get(MentionKind.NAME));
  }

  @Test
  void onlyTheKindsAndReviewsTheGoldHoldsAreScored() {
    List<LabelledMention> gold = List.of(m("r", 0, 5, "Ani", MentionKind.NAME));
    List<LabelledMention> found =
        List.of(
            m("r", 0, 5, "Ani", MentionKind.NAME),
            m("r", 9, 12, "Ani", MentionKind.PRONOUN),
            m("other", 0, 5, "Ani", MentionKind.NAME));
    Scorer.Result r = Scorer.score("film", gold, found);
    assertEquals(Set.of(MentionKind.NAME), r.kinds());
    assertEquals(Map.of(MentionKind.NAME, new Tally(1, 1, 1, 0)), r.total());
  }

  @Test
  void precisionRecallF1AndCountErrorFollowTheirDefinitions() {
    Tally t = new Tally(10, 8, 6, 4);
    assertEquals(0.75, t.precision(), 1e-9);
    assertEquals(0.6, t.recall(), 1e-9);
    assertEquals(2 * 0.75 * 0.6 / 1.35, t.f1(), 1e-9);
    assertEquals(0.4, t.countError(), 1e-9);
  }
}
