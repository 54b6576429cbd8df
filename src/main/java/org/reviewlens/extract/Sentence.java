package org.reviewlens.extract;

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
 * @param dialogue whether it lies on a script-style dialogue line ("Ani: ..."), i.e. the film
 *     speaking rather than the critic
 */
public record Sentence(
    int index,
    int charBegin,
    int charEnd,
    double position,
    String text,
    String sentiment,
    double score,
    boolean dialogue) {}
