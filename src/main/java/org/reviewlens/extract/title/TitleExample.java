package org.reviewlens.extract.title;

import java.util.List;

/**
 * One bare title occurrence with its features and, for training, its reading.
 *
 * @param film the film's id, which groups examples into folds
 * @param reviewId the review's id
 * @param begin where the occurrence starts in the review text
 * @param end just past its end
 * @param context the features of {@link TitleContext}
 * @param reading what the occurrence means: the gold's for training and evaluation
 * @param cueOrder what the hand-ordered cues, which the model replaced, read: the baseline
 * @param distant whether the label comes from a fact rather than a hand count: a pseudo-title made
 *     of a character's name, or the title of a film named after no character
 */
public record TitleExample(
    String film,
    String reviewId,
    int begin,
    int end,
    List<String> context,
    TitleReading reading,
    TitleReading cueOrder,
    boolean distant) {

  public TitleExample {
    context = List.copyOf(context);
  }

  /** This occurrence with another reading. */
  public TitleExample withReading(TitleReading other) {
    return new TitleExample(film, reviewId, begin, end, context, other, cueOrder, distant);
  }

  /** This occurrence, labelled by distant supervision. */
  public TitleExample asDistant() {
    return new TitleExample(film, reviewId, begin, end, context, reading, cueOrder, true);
  }

  /** A total order over examples, so that training does not depend on the order they came in. */
  String key() {
    return String.format("%s\u0000%b\u0000%s\u0000%010d", film, distant, reviewId, begin);
  }
}
