package org.reviewlens.annotate;

import java.io.Serializable;

/**
 * One CoreNLP token.
 *
 * @param sentenceIndex the 0-based sentence the token belongs to
 * @param charBegin offset of the first character in the review text
 * @param charEnd offset just past the last character
 * @param word the token as written
 * @param lemma its lemma
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner its named-entity label, {@code O} when none
 */
public record Token(
    int sentenceIndex, int charBegin, int charEnd, String word, String lemma, String pos, String ner)
    implements Serializable {}
