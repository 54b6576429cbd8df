package org.reviewlens.extract.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewlens.extract.DependencyParse;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.NameSpan;
import org.reviewlens.extract.people.Person;

/** Who each token of a review names, for the sentence-role rules ({@link RoleClassifier}). */
public final class Referents {
  private Referents() {}

  /**
   * The referent of each token, by review-wide index; later sources win: the film's title as
   * written, the actors and director that cast discovery found, the director's names, then the
   * mentions by kind.
   *
   * @param filmPeople the actors and director found by cast discovery: without a cast list, the
   *     only way to tell "Cooper's performance" from a character
   */
  public static Map<Integer, RoleClassifier.Referent> of(
      String text,
      String title,
      List<Person> filmPeople,
      DependencyParse parse,
      List<NameSpan> spans,
      List<Mention> mentions) {
    Map<Integer, RoleClassifier.Referent> referents = new HashMap<>();
    for (int[] use : uses(text, title, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) {
      mark(parse, use, RoleClassifier.Referent.FILM, referents);
    }
    for (Person person : filmPeople) {
      RoleClassifier.Referent referent = referentOf(person.role());
      if (referent != null) {
        for (String alias : person.aliases()) {
          uses(text, alias, 0).forEach(use -> mark(parse, use, referent, referents));
        }
      }
    }
    for (NameSpan span : spans) {
      if (span.role() == NameSpan.Role.DIRECTOR) {
        mark(
            parse,
            new int[] {span.begin(), span.end()},
            RoleClassifier.Referent.DIRECTOR,
            referents);
      }
    }
    for (Mention m : mentions) {
      RoleClassifier.Referent referent =
          switch (m.kind()) {
            case FILM_TITLE -> RoleClassifier.Referent.FILM;
            case ACTOR -> RoleClassifier.Referent.ACTOR;
            case NAME, PRONOUN, SPEAKER_LABEL -> RoleClassifier.Referent.CHARACTER;
          };
      mark(parse, new int[] {m.charBegin(), m.charEnd()}, referent, referents);
    }
    return referents;
  }

  private static RoleClassifier.Referent referentOf(Person.Role role) {
    return switch (role) {
      case ACTOR -> RoleClassifier.Referent.ACTOR;
      case DIRECTOR -> RoleClassifier.Referent.DIRECTOR;
      case CREW, CRITIC, OTHER -> null;
    };
  }

  private static void mark(
      DependencyParse parse,
      int[] span,
      RoleClassifier.Referent referent,
      Map<Integer, RoleClassifier.Referent> referents) {
    parse.tokensIn(span[0], span[1]).forEach(i -> referents.put(i, referent));
  }

  /** Where a phrase is written as whole words: not "Ani" inside "Anita". */
  static List<int[]> uses(String text, String phrase, int flags) {
    List<int[]> uses = new ArrayList<>();
    if (phrase.isBlank()) {
      return uses;
    }
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.strip()) + "(?![\\p{L}\\p{N}])", flags)
            .matcher(text);
    while (m.find()) {
      uses.add(new int[] {m.start(), m.end()});
    }
    return uses;
  }
}
