package org.reviewlens.corpus;

import java.nio.file.Path;

/**
 * Checks the names that {@code cast.csv} gives, before the name matcher searches every review for
 * them (case and accents ignored). A name without a letter ("-", ".") matches punctuation, or
 * nothing once {@link Names#key} drops it, so it is an error.
 */
final class AliasCheck {
  private AliasCheck() {}

  /**
   * Throws an {@link InputException} on {@code line} of {@code csv} when {@code name} holds no
   * letter of any script.
   *
   * @param kind what the name is, e.g. {@code alias} or {@code actor alias}
   */
  static void requireLetter(Path csv, long line, String kind, String name) {
    if (name.codePoints().noneMatch(java.lang.Character::isLetter)) {
      throw new InputException(csv, line, kind + " '" + name + "' has no letter");
    }
  }
}
