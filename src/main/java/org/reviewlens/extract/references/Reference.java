package org.reviewlens.extract.references;

import java.util.Locale;

/**
 * Something a review brings in beside the film's own characters: another film, a real person (crew,
 * other artists) or a place.
 *
 * @param kind what it is
 * @param name the name as first written in the review
 * @param count how many times the review names it
 */
public record Reference(Kind kind, String name, int count) {
  /** The kinds of reference. */
  public enum Kind {
    FILM,
    PERSON,
    PLACE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
