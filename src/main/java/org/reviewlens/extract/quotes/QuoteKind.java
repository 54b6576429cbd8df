package org.reviewlens.extract.quotes;

import java.util.Locale;

/** What a quoted span is doing in a review. */
public enum QuoteKind {
  /** Words spoken in the film: a script-style line, or a quoted sentence. */
  DIALOGUE,
  /** A word or two held at a distance, e.g. ‘jokingly’. */
  SCARE_QUOTE,
  /** The film's title, e.g. the on-screen title “Anora”. */
  TITLE,
  /** A character's nickname inside their name, e.g. Anora “Ani” Mikheeva. */
  NICKNAME,
  OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
