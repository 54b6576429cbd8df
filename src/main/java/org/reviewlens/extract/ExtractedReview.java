package org.reviewlens.extract;

import java.util.List;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.quotes.Quote;
import org.reviewlens.extract.references.Reference;

/**
 * Everything the analysis needs from one review, as plain records.
 *
 * @param reviewId the review's id
 * @param metadata its row of reviews.csv
 * @param tokens how many CoreNLP tokens it has
 * @param sentences its sentences, in order
 * @param entities its named entities, in text order
 * @param quotes its quotations and dialogue lines, in text order
 * @param mentions its character mentions, in text order
 * @param words its tokens with lemma and part of speech, in text order
 * @param references the other films, real people and places it names
 */
public record ExtractedReview(
    String reviewId,
    ReviewMetadata metadata,
    int tokens,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Quote> quotes,
    List<Mention> mentions,
    List<Word> words,
    List<Reference> references) {
  public ExtractedReview {
    words = List.copyOf(words);
    references = List.copyOf(references);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    mentions = List.copyOf(mentions);
  }
}
