package org.reviewlens.extract;

import java.util.Locale;

/** How a review refers to a character; see docs/mentions.md for the counting rules of each kind. */
public enum MentionKind {
  /** The character called by a name or alias, e.g. "Vanya". */
  NAME,
  /** he, him, his, himself, she, her, hers or herself, referring to the character. */
  PRONOUN,
  /** The actor's name, credited to the character they play, e.g. "Madison" for Ani. */
  ACTOR,
  /** The name that opens a script-style dialogue line, e.g. "Ani:". */
  SPEAKER_LABEL,
  /** The film's title where it names the film, not the eponymous character. */
  FILM_TITLE;

  /**
   * Whether a mention of this kind speaks of the character. A film-title use names the film, so it
   * counts toward no character's mentions or tone: the one place that rule is stated.
   */
  public boolean refersToCharacter() {
    return this != FILM_TITLE;
  }

  /** The lower-case label written to the CSVs, e.g. {@code speaker_label}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
