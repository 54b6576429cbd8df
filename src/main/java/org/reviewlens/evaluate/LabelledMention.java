package org.reviewlens.evaluate;

import org.reviewlens.extract.MentionKind;

/**
 * One row of a mentions file: a hand-counted gold mention, or one the tool found.
 *
 * @param reviewId the review's id
 * @param charBegin offset of the first character, in UTF-16 code units
 * @param charEnd offset just past the last character
 * @param surface the text between the offsets
 * @param character the cast character the mention is credited to
 * @param kind how the review refers to the character
 */
public record LabelledMention(
    String reviewId,
    int charBegin,
    int charEnd,
    String surface,
    String character,
    MentionKind kind) {

  /** Whether the two spans share at least one character. */
  boolean overlaps(LabelledMention other) {
    return charBegin < other.charEnd && other.charBegin < charEnd;
  }
}
