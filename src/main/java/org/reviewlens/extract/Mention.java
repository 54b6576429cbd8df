package org.reviewlens.extract;

/**
 * One reference to a character, traceable to the text by its offsets.
 *
 * @param sentenceIndex the 0-based sentence holding the mention
 * @param charBegin offset of the mention's first character in the review text
 * @param charEnd offset just past its last character; a possessive 's is not included
 * @param surface the text between the offsets
 * @param character the cast character's canonical name
 * @param kind how the character is referred to
 * @param variant for a misspelt name, the cast alias it was matched to; empty otherwise
 */
public record Mention(
    int sentenceIndex,
    int charBegin,
    int charEnd,
    String surface,
    String character,
    MentionKind kind,
    String variant) {
  /** Whether this mention speaks of that character ({@link MentionKind#refersToCharacter()}). */
  public boolean isAbout(String name) {
    return kind.refersToCharacter() && character.equals(name);
  }
}
