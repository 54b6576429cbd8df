package org.reviewlens.extract.quotes;

/**
 * A quotation or a script-style dialogue line.
 *
 * @param index 0-based, in text order
 * @param charBegin offset of its first character
 * @param charEnd offset just past its last character
 * @param text the quoted text as written
 * @param speaker the speaker CoreNLP attributes (a guess it makes even for scare quotes); empty for
 *     script-style lines, which CoreNLP does not see
 * @param kind what the quote is doing
 * @param speakerCharacter the cast character who speaks it when the text makes that clear, e.g. the
 *     label of a script-style line; empty otherwise
 */
public record Quote(
    int index,
    int charBegin,
    int charEnd,
    String text,
    String speaker,
    QuoteKind kind,
    String speakerCharacter) {}
