package org.reviewlens.analyse.verdict;

import java.util.List;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.Word;

/**
 * One review the verdict model learns from: the sentences of the critic's voice and the critic's
 * own rating.
 *
 * @param reviewId the review's id, which orders the training events
 * @param film the film it reviews; folds are drawn by film
 * @param rating the critic's rating divided by the top of its scale, from 0 to 1
 * @param sentences the sentences the verdict reads (dialogue left out)
 * @param words the review's tokens, in order
 */
public record VerdictExample(
    String reviewId, String film, double rating, List<Sentence> sentences, List<Word> words) {
  public VerdictExample {
    if (!(rating >= 0 && rating <= 1)) {
      throw new IllegalArgumentException(reviewId + ": a rating must lie in [0, 1], got " + rating);
    }
    sentences = List.copyOf(sentences);
    words = List.copyOf(words);
  }
}
