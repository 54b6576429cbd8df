package org.reviewlens.extract;

/**
 * A stretch of text that names someone from the cast list or the film's crew.
 *
 * @param begin offset of the first character
 * @param end offset just past the last character, before any possessive 's
 * @param owner the cast character the name is credited to, or the director's name
 * @param role whose name it is
 * @param alias the alias matched, as written in the cast list
 * @param variantOf for a misspelling, the alias it is one edit away from; empty otherwise
 */
public record NameSpan(
    int begin, int end, String owner, Role role, String alias, String variantOf) {
  /** Whose name a span is. */
  public enum Role {
    CHARACTER,
    ACTOR,
    DIRECTOR
  }

  public NameSpan withEnd(int newEnd) {
    return new NameSpan(begin, newEnd, owner, role, alias, variantOf);
  }

  /** This span stretched to the end of the next one, keeping a misspelling's flag from either. */
  public NameSpan joinedWith(NameSpan next) {
    return new NameSpan(
        begin, next.end, owner, role, alias, variantOf.isEmpty() ? next.variantOf : variantOf);
  }

  public boolean isCharacter() {
    return role == Role.CHARACTER;
  }
}
