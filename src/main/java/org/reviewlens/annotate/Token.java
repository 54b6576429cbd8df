package org.reviewlens.annotate;

import java.io.Serializable;

/**
 * One CoreNLP token, with its place in the sentence's basic Universal Dependencies parse.
 *
 * @param sentenceIndex the 0-based sentence the token belongs to
 * @param charBegin offset of the first character in the review text
 * @param charEnd offset just past the last character
 * @param word the token as written
 * @param lemma its lemma
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner its named-entity label, {@code O} when none
 * @param head the review-wide index of the token it depends on, or {@link #ROOT} for the sentence's
 *     root and for a sentence that was not parsed
 * @param relation the Universal Dependencies relation to its head ("nsubj", "obj", "nmod:poss",
 *     ...), {@code root} for the root, empty when the sentence was not parsed
 */
public record Token(
    int sentenceIndex,
    int charBegin,
    int charEnd,
    String word,
    String lemma,
    String pos,
    String ner,
    int head,
    String relation)
    implements Serializable {
  /** The head of a token that depends on nothing. */
  public static final int ROOT = -1;

  /** A token without a dependency parse, as for a sentence longer than the parser's limit. */
  public Token(
      int sentenceIndex,
      int charBegin,
      int charEnd,
      String word,
      String lemma,
      String pos,
      String ner) {
    this(sentenceIndex, charBegin, charEnd, word, lemma, pos, ner, ROOT, "");
  }
}
