package org.reviewlens.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The film's characters, in the order of {@code cast.csv}. */
public record Cast(List<Character> characters) {
  public Cast {
    characters = List.copyOf(characters);
  }

  /** The character with this canonical name, if any. */
  public Optional<Character> character(String name) {
    return characters.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * One name the cast answers to.
   *
   * @param text the alias as written in cast.csv
   * @param character the canonical name of the character it names
   * @param actor whether it is the name of the actor who plays the character
   */
  public record Alias(String text, String character, boolean actor) {}

  /** Every alias, in cast order: each character's own, then its actor's. */
  public List<Alias> aliases() {
    List<Alias> all = new ArrayList<>();
    for (Character c : characters) {
      c.aliases().forEach(a -> all.add(new Alias(a, c.name(), false)));
      c.actorAliases().forEach(a -> all.add(new Alias(a, c.name(), true)));
    }
    return all;
  }

  /**
   * The {@link Names#key} of every alias, characters' and actors': how the cast's names compare.
   */
  public Set<String> aliasKeys() {
    Set<String> keys = new LinkedHashSet<>();
    aliases().forEach(a -> keys.add(Names.key(a.text())));
    return keys;
  }

  /** The canonical names, in cast order. */
  public List<String> names() {
    return characters.stream().map(Character::name).toList();
  }
}
