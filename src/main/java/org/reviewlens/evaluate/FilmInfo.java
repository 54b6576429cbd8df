package org.reviewlens.evaluate;

import java.util.List;

/**
 * What the benchmark says of one film: where it sits in the splits and the categories its figures
 * are grouped by.
 *
 * @param id the film's id, its folder under {@code devset/films/}
 * @param split {@code home} (the corpus the tool was built on), {@code dev} (developed on, in
 *     folds) or {@code test} (frozen: run once, at the end of an issue)
 * @param fold the fold of a development film, from 1; 0 for the others
 * @param titleForm how the title relates to the characters (first name, surname, not a character,
 *     ...)
 * @param culture the naming culture of the characters (English, Korean, Japanese, ...)
 * @param realPerson whether the film is a biopic: its title names a real person
 */
public record FilmInfo(
    String id, String split, int fold, String titleForm, String culture, boolean realPerson) {
  /** The splits, in the order the tables show them. */
  public static final List<String> SPLITS = List.of("home", "dev", "test");

  /** A film the films file does not list: its own group of one. */
  static FilmInfo unlisted(String id) {
    return new FilmInfo(id, "unlisted", 0, "unlisted", "unlisted", false);
  }
}
