package org.reviewlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.SentenceAnnotation;
import org.reviewlens.annotate.Token;

class SentenceLocatorTest {
  private static final List<Double> FLAT = List.of(0.2, 0.2, 0.2, 0.2, 0.2);

  @Test
  void anOffsetBelongsToTheLastSentenceBeginningAtOrBeforeIt() {
    // "Ani runs. Igor waits." with sentences at 0-9 and 10-21
    SentenceLocator locator =
        SentenceLocator.of(
            List.of(
                new SentenceAnnotation(0, 0, 9, "Neutral", FLAT),
                new SentenceAnnotation(1, 10, 21, "Neutral", FLAT)));
    assertEquals(0, locator.sentenceOf(0));
    assertEquals(0, locator.sentenceOf(4));
    assertEquals(0, locator.sentenceOf(9), "the space between belongs to the sentence before");
    assertEquals(1, locator.sentenceOf(10));
    assertEquals(1, locator.sentenceOf(30));
  }

  @Test
  void tokensGiveTheSameSentencesAsTheSentencesDo() {
    List<Token> tokens =
        List.of(
            new Token(0, 0, 3, "Ani", "Ani", "NNP", "PERSON"),
            new Token(0, 4, 8, "runs", "run", "VBZ", "O"),
            new Token(0, 8, 9, ".", ".", ".", "O"),
            new Token(1, 10, 14, "Igor", "Igor", "NNP", "PERSON"));
    SentenceLocator locator = SentenceLocator.ofTokens(tokens);
    assertEquals(
        List.of(0, 0, 0, 1, 1),
        List.of(
            locator.sentenceOf(0),
            locator.sentenceOf(5),
            locator.sentenceOf(9),
            locator.sentenceOf(10),
            locator.sentenceOf(12)));
  }

  @Test
  void withNoSentenceEveryOffsetIsInTheFirst() {
    assertEquals(0, SentenceLocator.of(List.of()).sentenceOf(5));
  }
}
