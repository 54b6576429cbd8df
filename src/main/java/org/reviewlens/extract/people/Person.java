package org.reviewlens.extract.people;

import java.util.List;
import java.util.Locale;

/**
 * A real person the reviews name, found by cast discovery: someone who is not a character.
 *
 * @param name the fullest name the reviews write
 * @param aliases every form of the name the reviews write
 * @param role what the evidence says the person is
 * @param character for an actor, the character they play; empty when the reviews do not say
 * @param evidence the cue that shows it, quoted from a review where there is one
 */
public record Person(
    String name, List<String> aliases, Role role, String character, String evidence) {
  public Person {
    aliases = List.copyOf(aliases);
  }

  /** What a person is to the film. */
  public enum Role {
    ACTOR,
    DIRECTOR,
    CREW,
    CRITIC,
    OTHER;

    /** The lower-case label written to the CSVs. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
