package org.reviewlens.annotate;

import java.io.Serializable;

/** One named-entity mention found by CoreNLP's NER, with every NER type kept. */
public record EntitySpan(int sentenceIndex, int charBegin, int charEnd, String text, String type)
    implements Serializable {}
