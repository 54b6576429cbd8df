package org.reviewlens.extract;

import java.util.List;
import org.reviewlens.extract.roles.SentenceRole;

/**
 * One sentence with its tone.
 *
 * @param index 0-based position in the review
 * @param charBegin offset of its first character
 * @param charEnd offset just past its last character
 * @param position where it sits in the review, from 0 (first) to 1 (last)
 * @param text the sentence as written
 * @param sentiment CoreNLP's label, from "Very negative" to "Very positive"
 * @param score the expected value of the five class probabilities mapped to [-1, +1]
 * @param probabilities CoreNLP's five class probabilities, "Very negative" first; empty for a
 *     sentence made by hand without them
 * @param dialogue whether it lies on a script-style dialogue line ("Ani: ..."), i.e. the film
 *     speaking rather than the critic
 * @param role what the critic is doing in it: judging, retelling or giving context
 * @param roleCue the rule and the word that decided the role, e.g. "evaluative word: superb"
 * @param judgement the net strength of the critic's judging words, from the evaluative word list
 *     with negation applied: above 0 praise, below 0 fault
 */
public record Sentence(
    int index,
    int charBegin,
    int charEnd,
    double position,
    String text,
    String sentiment,
    double score,
    List<Double> probabilities,
    boolean dialogue,
    SentenceRole role,
    String roleCue,
    int judgement) {
  public Sentence {
    probabilities = List.copyOf(probabilities);
  }
}
