package org.reviewlens.extract;

import java.util.List;
import java.util.Map;
import org.reviewlens.corpus.Cast;

/**
 * The characters and real people discovered in the reviews.
 *
 * @param cast the characters, most mentioned first, with the actors linked to them
 * @param confidence per character: high (an actor is credited to it, or the title names it),
 *     medium (named 5 times or more) or low
 * @param evidence per character: why it is a character and who plays it
 * @param people the real people found (actors, the director, crew, critics, others), each with
 *     the cue that shows it
 */
public record SuggestedCast(
    Cast cast, Map<String, String> confidence, Map<String, String> evidence, List<Person> people) {
  /** The film's own people: its actors, director and crew, who are never references. */
  public List<Person> filmPeople() {
    return people.stream()
        .filter(p -> p.role() == Person.Role.ACTOR || p.role() == Person.Role.DIRECTOR || p.role() == Person.Role.CREW)
        .toList();
  }

  public SuggestedCast {
    confidence = Map.copyOf(confidence);
    evidence = Map.copyOf(evidence);
    people = List.copyOf(people);
  }
}
