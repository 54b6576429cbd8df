package org.reviewlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
  @Test
  void oneEditCoversSubstitutionInsertionDeletionAndSwap() {
    assertTrue(SpellingVariants.oneEditApart("vania", "vanya"));
    assertTrue(SpellingVariants.oneEditApart("madisson", "madison"));
    assertTrue(SpellingVariants.oneEditApart("madson", "madison"));
    assertTrue(SpellingVariants.oneEditApart("borsiov", "borisov"));
    assertFalse(SpellingVariants.oneEditApart("vanya", "vanya"));
    assertFalse(SpellingVariants.oneEditApart("tanja", "vanya"));
  }

  @Test
  void capitalisedNearMissIsCreditedAndFlagged() {
    String text = "Vania proposes, and Mikey Madisson shines.";
    List<NameSpan> known = Fixtures.names(text);
    List<NameSpan> variants = new SpellingVariants(Fixtures.CAST).find(text, known, (b, e) -> true);
    assertEquals(List.of("Ivan", "Ani"), variants.stream().map(NameSpan::owner).toList());
    assertEquals(List.of("Vanya", "Madison"), variants.stream().map(NameSpan::variantOf).toList());
  }

  @Test
  void wordThatIsNotAProperNameIsLeftAlone() {
    String text = "Vania proposes.";
    assertEquals(List.of(), new SpellingVariants(Fixtures.CAST).find(text, List.of(), (b, e) -> false));
  }
}
