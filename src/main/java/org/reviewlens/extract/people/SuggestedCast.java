package org.reviewlens.extract.people;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.names.SpellingVariants;

/**
 * The characters and real people discovered in the reviews.
 *
 * @param cast the characters, most mentioned first, with the actors linked to them
 * @param confidence per character: high (an actor is credited to it, or the title names it), medium
 *     (named 5 times or more) or low
 * @param evidence per character: why it is a character and who plays it
 * @param people the real people found (actors, the director, crew, critics, others), each with the
 *     cue that shows it
 */
public record SuggestedCast(
    Cast cast, Map<String, String> confidence, Map<String, String> evidence, List<Person> people) {
  /**
   * The film's actors and director, who, like the cast, are never references. The crew stay
   * references: "cinematographer Drew Daniels" is someone a review brings in.
   */
  public List<Person> filmPeople() {
    return people.stream()
        .filter(p -> p.role() == Person.Role.ACTOR || p.role() == Person.Role.DIRECTOR)
        .toList();
  }

  /**
   * The discovered characters a curated cast lacks: those with a strong cue (high or medium
   * confidence) none of whose names is a character's or an actor's alias in the cast, allowing for
   * case, accents and a one-letter misspelling ("Mitzy" for Mitsy).
   */
  public List<Character> lackedBy(Cast curated) {
    Set<String> known = curated.aliasKeys();
    return cast.characters().stream()
        .filter(c -> !"low".equals(confidence.get(c.name())))
        .filter(
            c ->
                c.aliases().stream()
                    .map(Names::key)
                    .noneMatch(a -> known.stream().anyMatch(k -> sameName(a, k))))
        .toList();
  }

  private static boolean sameName(String a, String b) {
    return a.equals(b)
        || (Math.min(a.length(), b.length()) >= 5 && SpellingVariants.editDistance(a, b) == 1);
  }

  /** Nothing discovered: no character and no person. */
  public static SuggestedCast none() {
    return new SuggestedCast(new Cast(List.of()), Map.of(), Map.of(), List.of());
  }

  public SuggestedCast {
    confidence = Map.copyOf(confidence);
    evidence = Map.copyOf(evidence);
    people = List.copyOf(people);
  }
}
