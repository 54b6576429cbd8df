package org.reviewlens.annotate;

import java.io.Serializable;
import java.util.List;

/**
 * Everything CoreNLP found in one review, as plain records: what the cache stores and what the
 * extract stage reads. No CoreNLP type leaves the annotate stage.
 *
 * @param reviewId the review's id
 * @param tokens every token, in text order
 * @param sentences every sentence, in text order
 * @param entities the named-entity mentions
 * @param chains the coreference chains, ordered by their first mention
 * @param quotes the quotations
 */
public record AnnotatedReview(
    String reviewId,
    List<Token> tokens,
    List<SentenceAnnotation> sentences,
    List<EntitySpan> entities,
    List<CorefChain> chains,
    List<QuoteSpan> quotes)
    implements Serializable {
  public AnnotatedReview {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    chains = List.copyOf(chains);
    quotes = List.copyOf(quotes);
  }

  /** The same annotations under another review id, e.g. for a cache hit on a copied review. */
  public AnnotatedReview withReviewId(String id) {
    return new AnnotatedReview(id, tokens, sentences, entities, chains, quotes);
  }
}
