package org.reviewlens.extract;

/** A named entity found by CoreNLP's NER, with its type (PERSON, LOCATION, DATE, ...). */
public record Entity(int sentenceIndex, int charBegin, int charEnd, String text, String type) {}
