package org.reviewlens.extract.title;

/** What an occurrence of the film's title means where the title is also a character's name. */
public enum TitleReading {
  /** The film: "Juno is the best comedy of the year". */
  FILM,
  /** The character: "Juno tells her father". */
  CHARACTER
}
