package org.reviewlens.analyse.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.roles.SentenceRole;

/** The verdict reads the judging sentences only, and says when it had none. */
class JudgedToneTest {
  private static Sentence sentence(int i, double score, SentenceRole role) {
    return judged(i, score, role, 0);
  }

  private static Sentence judged(int i, double score, SentenceRole role, int judgement) {
    return new Sentence(
        i,
        i * 10,
        i * 10 + 9,
        0,
        "s" + i,
        "Neutral",
        score,
        List.of(),
        false,
        role,
        "cue",
        judgement);
  }

  @Test
  void theVerdictIsTheMeanToneOfTheEvaluationSentences() {
    JudgedTone verdict =
        JudgedTone.of(
            List.of(
                sentence(0, -0.8, SentenceRole.SUMMARY),
                sentence(1, 0.6, SentenceRole.EVALUATION),
                sentence(2, 0.2, SentenceRole.EVALUATION),
                sentence(3, -0.4, SentenceRole.CONTEXT)));
    assertEquals(2, verdict.sentences());
    assertEquals(0.4, verdict.score(), 1e-12);
  }

  @Test
  void withoutEvaluationSentencesTheVerdictFallsBackToAllAndCountsNone() {
    JudgedTone verdict =
        JudgedTone.of(
            List.of(
                sentence(0, -0.8, SentenceRole.SUMMARY), sentence(1, 0.2, SentenceRole.CONTEXT)));
    assertEquals(0, verdict.sentences());
    assertEquals(-0.3, verdict.score(), 1e-12);
  }

  @Test
  void theCriticsWordsOfJudgementMoveEachSentenceAQuarterPointPerUnit() {
    JudgedTone verdict =
        JudgedTone.of(
            List.of(
                judged(0, 0.1, SentenceRole.EVALUATION, 2),
                judged(1, -0.2, SentenceRole.EVALUATION, -1),
                judged(2, 0.9, SentenceRole.SUMMARY, 2)));
    assertEquals((0.1 + 0.5 + -0.2 - 0.25) / 2, verdict.score(), 1e-12);
  }

  @Test
  void theVerdictStaysOnTheToneScale() {
    JudgedTone verdict = JudgedTone.of(List.of(judged(0, 0.8, SentenceRole.EVALUATION, 4)));
    assertEquals(1.0, verdict.score(), 1e-12);
  }

  @Test
  void noSentencesAtAllGiveNoVerdict() {
    assertEquals(Double.NaN, JudgedTone.of(List.of()).score());
  }
}
