package org.reviewlens.annotate;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence and its sentiment.
 *
 * @param index 0-based position in the review
 * @param charBegin offset of the first character in the review text
 * @param charEnd offset just past the last character
 * @param sentiment CoreNLP's label, from "Very negative" to "Very positive"
 * @param probabilities the five class probabilities, very negative first; CoreNLP's protobuf
 *     serializer drops them, which is why the cache stores this record instead
 */
public record SentenceAnnotation(
    int index, int charBegin, int charEnd, String sentiment, List<Double> probabilities)
    implements Serializable {
  public SentenceAnnotation {
    probabilities = List.copyOf(probabilities);
  }
}
