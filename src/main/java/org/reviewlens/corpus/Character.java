package org.reviewlens.corpus;

import java.util.List;

/**
 * One character of the film, as listed in {@code cast.csv}.
 *
 * @param name the canonical name used in every output, e.g. {@code Ani}
 * @param aliases every name the character goes by, including {@code name}, e.g. Ani, Anora, Anora
 *     Mikheeva
 * @param actor the actor's full name, or empty
 * @param actorAliases names by which reviewers call the actor, e.g. Mikey Madison, Madison
 * @param gender the character's gender, used to accept or reject pronouns
 */
public record Character(
    String name, List<String> aliases, String actor, List<String> actorAliases, Gender gender) {
  public Character {
    aliases = List.copyOf(aliases);
    actorAliases = List.copyOf(actorAliases);
  }
}
