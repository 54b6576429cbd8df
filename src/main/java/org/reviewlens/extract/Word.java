package org.reviewlens.extract;

/**
 * One token of a review, for the vocabulary analyses.
 *
 * @param sentenceIndex the 0-based sentence of the token
 * @param charBegin offset of its first character
 * @param charEnd offset just past its last character
 * @param lemma CoreNLP's lemma
 * @param pos its Penn Treebank part-of-speech tag
 */
public record Word(int sentenceIndex, int charBegin, int charEnd, String lemma, String pos) {}
