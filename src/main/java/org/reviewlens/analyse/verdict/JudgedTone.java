package org.reviewlens.analyse.verdict;

import java.util.List;
import org.reviewlens.analyse.Stats;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.roles.SentenceRole;

/**
 * The critic's verdict by rule, as the tool read it before {@link VerdictModel}: the judged tone of
 * the sentences in which the critic judges the film ({@link SentenceRole#EVALUATION}), leaving out
 * the retelling, whose tone is the story's, not the critic's.
 *
 * <p>A sentence's judged tone is CoreNLP's score plus {@value #JUDGEMENT_WEIGHT} for each unit of
 * its {@link Sentence#judgement()}: "superb" (+2) lifts a sentence by half a point, "dull" (-1)
 * lowers it by a quarter. CoreNLP reads "the second act drags" and "a superb second act" as nearly
 * alike; the critic's own words of judgement tell them apart. The weight was chosen on the dev
 * split of the rated development set (devset/rated) and checked on its test split.
 *
 * <p>When no sentence judges, the verdict falls back to the judged tone of all the sentences given,
 * and {@link #sentences()} says so by being 0. The mean is clamped to [-1, +1], the scale of every
 * other tone column.
 *
 * @param sentences how many evaluation sentences the verdict rests on; 0 means the fallback
 * @param score the verdict, in [-1, +1]; NaN when no sentence is given at all
 */
public record JudgedTone(int sentences, double score) {
  /** What one unit of judgement adds to a sentence's tone. */
  static final double JUDGEMENT_WEIGHT = 0.25;

  /** The verdict of these sentences: a review's voice, or its sentences about one character. */
  public static JudgedTone of(List<Sentence> sentences) {
    List<Sentence> judging =
        sentences.stream().filter(s -> s.role() == SentenceRole.EVALUATION).toList();
    List<Sentence> basis = judging.isEmpty() ? sentences : judging;
    double mean = Stats.mean(basis.stream().mapToDouble(JudgedTone::judgedTone).toArray());
    return new JudgedTone(judging.size(), Math.max(-1, Math.min(1, mean)));
  }

  /** CoreNLP's score moved by the critic's words of judgement. */
  public static double judgedTone(Sentence s) {
    return s.score() + JUDGEMENT_WEIGHT * s.judgement();
  }
}
