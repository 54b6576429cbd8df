package org.reviewlens.analyse.verdict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.Word;
import org.reviewlens.extract.roles.SentenceRole;

/**
 * The learned verdict, trained here on hand-made reviews: it learns which way words and tones lean,
 * splits exactly into one part per sentence, and trains the same model twice.
 */
class VerdictModelTest {
  private static final List<Double> WARM = List.of(0.0, 0.05, 0.15, 0.5, 0.3);
  private static final List<Double> COLD = List.of(0.3, 0.5, 0.15, 0.05, 0.0);

  /** A sentence of one word, e.g. "superb", whose lemma the word list gives. */
  private static Sentence sentence(int i, String text, List<Double> tone, SentenceRole role) {
    double score = (tone.get(3) + 2 * tone.get(4) - tone.get(1) - 2 * tone.get(0)) / 2;
    return new Sentence(
        i,
        i * 20,
        i * 20 + text.length(),
        i / 3.0,
        text,
        "Neutral",
        score,
        tone,
        false,
        role,
        "hand-made",
        0);
  }

  private static List<Word> words(List<Sentence> sentences) {
    List<Word> words = new ArrayList<>();
    for (Sentence s : sentences) {
      int at = s.charBegin();
      for (String w : s.text().split(" ")) {
        words.add(new Word(s.index(), at, at + w.length(), w, "JJ"));
        at += w.length() + 1;
      }
    }
    return words;
  }

  private static VerdictExample review(String id, double rating, String judged, List<Double> tone) {
    List<Sentence> sentences =
        List.of(
            sentence(
                0,
                "the heist unfolds at night",
                List.of(0.1, 0.3, 0.4, 0.2, 0.0),
                SentenceRole.SUMMARY),
            sentence(1, judged, tone, SentenceRole.EVALUATION),
            sentence(
                2, "the crew splits up", List.of(0.1, 0.3, 0.4, 0.2, 0.0), SentenceRole.SUMMARY));
    return new VerdictExample(id, "film " + id, rating, sentences, words(sentences));
  }

  private static List<VerdictExample> examples() {
    List<VerdictExample> examples = new ArrayList<>();
    String[] raves = {"superb and moving", "a superb triumph", "moving and superb work"};
    String[] pans = {"tedious and hollow", "a tedious mess", "hollow tedious work"};
    for (int i = 0; i < 12; i++) {
      examples.add(review("rave" + i, 0.8 + 0.01 * i, raves[i % 3], WARM));
      examples.add(review("pan" + i, 0.1 + 0.01 * i, pans[i % 3], COLD));
    }
    return examples;
  }

  @Test
  void aModelTrainedOnRatedReviewsReadsARaveAboveAPan() {
    VerdictModel model = VerdictModel.train(examples());
    VerdictExample rave = review("new-rave", 0.9, "moving and superb", WARM);
    VerdictExample pan = review("new-pan", 0.2, "hollow and tedious", COLD);
    double raveScore = model.read(rave.sentences(), rave.words()).score();
    double panScore = model.read(pan.sentences(), pan.words()).score();
    assertTrue(raveScore > 0.3, "rave read as " + raveScore);
    assertTrue(panScore < -0.3, "pan read as " + panScore);
  }

  @Test
  void theSentencesPartsAddUpToTheVerdictOpenNlpGives() {
    VerdictModel model = VerdictModel.train(examples());
    VerdictExample rave = review("new-rave", 0.9, "moving and superb", WARM);
    VerdictReading reading = model.read(rave.sentences(), rave.words());
    double probability = model.favourableProbability(rave.sentences(), rave.words());
    assertEquals(2 * probability - 1, reading.score(), 1e-6);
    assertEquals(3, reading.weights().size());
    assertEquals(1, reading.heaviest(1).get(0).index(), "the judging sentence weighs most");
    assertTrue(reading.heaviest(1).get(0).weight() > 0);
  }

  @Test
  void trainingTwiceWritesTheSameModel() {
    assertArrayEquals(
        VerdictModel.train(examples()).bytes(), VerdictModel.train(examples()).bytes());
  }

  @Test
  void noSentencesGiveNoVerdict() {
    VerdictReading reading = VerdictModel.train(examples()).read(List.of(), List.of());
    assertTrue(Double.isNaN(reading.score()));
    assertEquals(List.of(), reading.weights());
  }

  @Test
  void aRatingOutsideZeroToOneIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new VerdictExample("r1", "film", 1.5, List.of(), List.of()));
    assertTrue(e.getMessage().contains("r1"), e.getMessage());
  }
}
