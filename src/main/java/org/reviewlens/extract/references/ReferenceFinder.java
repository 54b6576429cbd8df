package org.reviewlens.extract.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.Entity;

/**
 * Finds what a review refers to beyond the film's cast.
 *
 * <ul>
 *   <li>Other films. NER has no film type, and often tags a title as a person ("Tangerine") or not
 *       at all ("Good Time"). So a title is a capitalised phrase in a place where films are named:
 *       after a verb of watching or a film noun ("I had seen Red Rocket", "the film Good Time"),
 *       before "-style", "-esque" or "-inspired" ("Uncut Gems-inspired"), in a parenthesised list
 *       of titles ("(The Florida Project, Tangerine)"), or joined by "and" or a comma to another
 *       title. Every later use of a found title counts too.
 *   <li>People: PERSON entities that are not a cast character, an actor or the director, and not a
 *       film title found above.
 *   <li>Places: LOCATION, CITY, STATE_OR_PROVINCE and COUNTRY entities, except cast names that NER
 *       takes for places ("Vanya", "Toros").
 * </ul>
 */
public final class ReferenceFinder {
  /**
   * One to four capitalised words, joined by spaces or by "of" or "the": Red Rocket, The Florida
   * Project.
   */
  private static final String TITLE =
      "((?:The )?(?!(?:A|An|I)\\b)[A-Z][\\p{L}'’]*(?: (?:of |the )?[A-Z][\\p{L}'’]*){0,3})";

  private static final Pattern AFTER_CUE =
      Pattern.compile(
          "\\b(?:seen|saw|watched|watching|rewatched|film|movie|films|movies)\\s+"
              + TITLE
              + "(?=[\\s,.;:!?)]|$)");
  private static final Pattern BEFORE_SUFFIX =
      Pattern.compile(TITLE + "(?=[-/](?:style|esque|inspired|like)\\b|/[A-Z])");
  private static final Pattern SLASH_SUFFIX =
      Pattern.compile("/" + TITLE + "(?=-(?:style|esque|inspired|like)\\b)");
  private static final Pattern PAREN_LIST =
      Pattern.compile(
          "\\(("
              + TITLE.substring(1, TITLE.length() - 1)
              + "(?:, "
              + TITLE.substring(1, TITLE.length() - 1)
              + ")+)\\)");
  private static final Set<String> PLACE_TYPES =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
  private static final Set<String> NOT_TITLES =
      Set.of("I", "The", "A", "An", "He", "She", "It", "They", "We", "You");

  private final Set<String> knownPeople;
  private final String filmTitle;

  /**
   * @param knownPeople the names of the cast, the actors and the director, each a whole alias as
   *     {@link Names#key} gives it: never references
   * @param filmTitle the reviewed film's own title, never a reference
   */
  public ReferenceFinder(Set<String> knownPeople, String filmTitle) {
    this.knownPeople = knownPeople;
    this.filmTitle = filmTitle;
  }

  public List<Reference> find(String text, List<Entity> entities) {
    Set<String> titles = titles(text);
    List<Reference> refs = new ArrayList<>();
    for (String title : titles) {
      refs.add(new Reference(Reference.Kind.FILM, title, occurrences(text, title)));
    }
    Map<String, Integer> people = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    for (Entity e : entities) {
      String lower = e.text().toLowerCase(Locale.ROOT);
      boolean partOfTitle = titles.stream().anyMatch(t -> t.contains(e.text()));
      if (e.type().equals("PERSON") && !partOfTitle && !isKnown(lower)) {
        people.merge(e.text(), 1, Integer::sum);
      } else if (PLACE_TYPES.contains(e.type()) && !partOfTitle && !isKnown(lower)) {
        places.merge(e.text(), 1, Integer::sum);
      }
    }
    people.forEach((name, n) -> refs.add(new Reference(Reference.Kind.PERSON, name, n)));
    places.forEach((name, n) -> refs.add(new Reference(Reference.Kind.PLACE, name, n)));
    return refs;
  }

  /**
   * Whether a name is one of the film's own people, as a whole: "Sean Penn" is not the director
   * Sean Baker, though they share a word.
   */
  private boolean isKnown(String name) {
    return knownPeople.contains(Names.key(name));
  }

  /** Film titles named in the text, in order of first appearance. */
  public Set<String> titles(String text) {
    Set<String> titles = new LinkedHashSet<>();
    for (Pattern p : List.of(AFTER_CUE, BEFORE_SUFFIX, SLASH_SUFFIX)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        add(titles, m.group(1));
      }
    }
    Matcher list = PAREN_LIST.matcher(text);
    while (list.find()) {
      for (String item : list.group(1).split(", ")) {
        add(titles, item);
      }
    }
    for (String title : List.copyOf(titles)) {
      Matcher joined =
          Pattern.compile(Pattern.quote(title) + "(?:,| and| or) " + TITLE).matcher(text);
      while (joined.find()) {
        add(titles, joined.group(1));
      }
    }
    return titles;
  }

  private void add(Set<String> titles, String candidate) {
    String title = candidate.strip();
    String lower = title.toLowerCase(Locale.ROOT);
    if (!title.isEmpty()
        && !NOT_TITLES.contains(title)
        && !lower.equals(filmTitle.toLowerCase(Locale.ROOT))
        && !isKnown(lower)) {
      titles.add(title);
    }
  }

  private static int occurrences(String text, String title) {
    Matcher m =
        Pattern.compile("(?<![\\p{L}])" + Pattern.quote(title) + "(?![\\p{L}])").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
