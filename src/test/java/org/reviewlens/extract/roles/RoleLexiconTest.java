package org.reviewlens.extract.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word lists load from their files, with the polarity and the writing mark they give. */
class RoleLexiconTest {
  private final RoleLexicon lexicon = RoleLexicon.get();

  @Test
  void evaluativeWordsCarryTheirStrength() {
    assertEquals(2, lexicon.strength("superb"));
    assertEquals(1, lexicon.strength("good"));
    assertEquals(0, lexicon.strength("decent"));
    assertTrue(lexicon.isEvaluative("decent"));
    assertEquals(-1, lexicon.strength("tedious"));
    assertEquals(-2, lexicon.strength("awful"));
    assertFalse(lexicon.isEvaluative("dancer"));
    assertEquals(0, lexicon.strength("dancer"));
  }

  @Test
  void onlyMarkedWordsJudgeTheWritingOfACharacter() {
    assertTrue(lexicon.judgesWriting("layered"));
    assertFalse(lexicon.judgesWriting("brilliant"));
  }

  @Test
  void theOtherListsHoldTheirWordsAndNoComments() {
    assertTrue(lexicon.isCraft("screenplay"));
    assertTrue(lexicon.isContext("festival"));
    assertTrue(lexicon.isOpinionVerb("enjoy"));
    assertFalse(lexicon.isCraft("# nouns that name the film or a part of its craft: a sentence"));
  }
}
