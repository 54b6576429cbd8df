package org.reviewlens.corpus;

import java.util.List;
import java.util.Optional;

/** The film's characters, in the order of {@code cast.csv}. */
public record Cast(List<Character> characters) {
  public Cast {
    characters = List.copyOf(characters);
  }

  /** The character with this canonical name, if any. */
  public Optional<Character> character(String name) {
    return characters.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The canonical names, in cast order. */
  public List<String> names() {
    return characters.stream().map(Character::name).toList();
  }
}
