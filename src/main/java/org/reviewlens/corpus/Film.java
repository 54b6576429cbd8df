package org.reviewlens.corpus;

import java.util.List;

/**
 * The film the corpus reviews, from {@code film.csv}.
 *
 * @param title the title, e.g. {@code Anora}; when it is also a character's alias, each occurrence
 *     is decided from its context
 * @param year the release year, or 0 when unknown
 * @param director the director's full name
 * @param directorAliases names by which reviewers call the director, e.g. Sean Baker, Baker
 * @param directorGender used to tell the director's pronouns from the characters'
 * @param originalTitle the title in the film's own language, and any other title it was released
 *     under, separated by {@code |}, or empty; reviews quote them ("Sen to Chihiro no Kamikakushi",
 *     "Nader and Simin: A Separation"), and a character's name inside one then means the film
 */
public record Film(
    String title,
    int year,
    String director,
    List<String> directorAliases,
    Gender directorGender,
    String originalTitle) {
  public Film {
    directorAliases = List.copyOf(directorAliases);
  }

  /** Each title of {@link #originalTitle}, in the order given. */
  public List<String> otherTitles() {
    return java.util.Arrays.stream(originalTitle.split("\\|"))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** A film without an original title of its own. */
  public Film(
      String title,
      int year,
      String director,
      List<String> directorAliases,
      Gender directorGender) {
    this(title, year, director, directorAliases, directorGender, "");
  }
}
