package org.reviewlens.analyse.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The polarity model's words: lower case, marked after a negator until punctuation. */
class PolarityTokensTest {
  @Test
  void wordsAfterANegatorAreMarkedUntilThePunctuation() {
    assertEquals(
        List.of("it", "is", "not", "not_a", "not_good", "not_film", "but", "the", "score", "soars"),
        PolarityTokens.of("It is NOT a good film, but the score soars."));
  }

  @Test
  void aContractedNegationMarksToo() {
    assertEquals(
        List.of("i", "didn't", "not_care", "for", "it"),
        PolarityTokens.of("I didn’t care. For it"));
  }
}
