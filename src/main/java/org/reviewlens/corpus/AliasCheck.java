package org.reviewlens.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the names that {@code cast.csv} and {@code film.csv} give, before the name matcher
 * searches every review for them (case and accents ignored).
 *
 * <p>A name without a letter ("-", ".") matches punctuation, or nothing once {@link Names#key}
 * drops it, so it is an error. A one-letter name ("A") or a common English word ("The", "She",
 * "Will") matches ordinary words; it may still be a real name (Will, May), so it is only a warning.
 * The common words are the function words of {@code common-words.txt}.
 */
final class AliasCheck {
  private static final Set<String> COMMON_WORDS = load("common-words.txt");

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

  /**
   * A warning, naming {@code csv} and {@code line}, for each name of {@code character} that will
   * match ordinary words; one per spelling ({@link Names#key}), character's names first.
   */
  static List<String> ordinaryWordWarnings(Path csv, long line, Character character) {
    List<String> warnings = new ArrayList<>();
    Set<String> warned = new HashSet<>();
    for (Cast.Alias alias : new Cast(List.of(character)).aliases()) {
      if (warned.add(Names.key(alias.text()))) {
        String kind = alias.actor() ? "actor alias" : "alias";
        String countsAs = character.name() + (alias.actor() ? "'s actor" : "");
        warning(csv, line, kind, alias.text(), countsAs).ifPresent(warnings::add);
      }
    }
    return warnings;
  }

  /**
   * A warning, naming {@code csv} and {@code line}, when {@code alias} will match ordinary words.
   *
   * @param kind what the alias is, e.g. {@code director alias}
   * @param countsAs whom each such word will count as
   */
  static Optional<String> warning(Path csv, long line, String kind, String alias, String countsAs) {
    return ordinaryWord(alias)
        .map(
            why ->
                csv
                    + ":"
                    + line
                    + ": "
                    + kind
                    + " '"
                    + alias
                    + "' "
                    + why
                    + " and will match ordinary words: '"
                    + Names.fold(alias.strip())
                    + "' in any review counts as "
                    + countsAs);
  }

  /** Why {@code alias} will match ordinary words, or empty when it will not. */
  static Optional<String> ordinaryWord(String alias) {
    if (alias.codePoints().filter(java.lang.Character::isLetter).count() == 1) {
      return Optional.of("is one letter");
    }
    if (COMMON_WORDS.contains(Names.fold(alias.strip()))) {
      return Optional.of("is a common English word");
    }
    return Optional.empty();
  }

  /** The entries of a word list, as a set. */
  private static Set<String> load(String name) {
    return Set.copyOf(WordList.lines(AliasCheck.class, name));
  }
}
