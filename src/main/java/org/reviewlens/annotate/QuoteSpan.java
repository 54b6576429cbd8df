package org.reviewlens.annotate;

import java.io.Serializable;

/**
 * A quotation found by CoreNLP's quote annotator.
 *
 * @param index 0-based, in text order
 * @param charBegin offset of the opening quotation mark
 * @param charEnd offset just past the closing mark
 * @param text the quotation, marks included
 * @param speaker the speaker CoreNLP attributes, or empty; CoreNLP names one even for scare quotes,
 *     so treat it as a guess
 */
public record QuoteSpan(int index, int charBegin, int charEnd, String text, String speaker)
    implements Serializable {}
