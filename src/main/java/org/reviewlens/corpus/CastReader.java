package org.reviewlens.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code cast.csv}: every name must hold a letter, no character may be listed twice and no
 * alias may belong to two characters, for the counts would be wrong without a word. A name that
 * will match ordinary words is kept with a warning ({@link AliasCheck}).
 */
final class CastReader {
  private CastReader() {}

  /**
   * The cast, or empty when the corpus has no cast.csv and the characters are to be discovered.
   *
   * @param warnings receives the problems that do not stop the run, each naming the file
   */
  static Optional<Cast> read(Path csv, List<String> warnings) {
    if (!Files.exists(csv)) {
      return Optional.empty();
    }
    return Optional.of(parse(csv, warnings));
  }

  private static Cast parse(Path csv, List<String> warnings) {
    Map<String, Long> firstLines = new HashMap<>();
    Map<String, String> owners = new HashMap<>();
    List<Character> characters = new ArrayList<>();
    for (CSVRecord row :
        CsvFile.read(csv, List.of("character", "aliases"), CorpusLoader.CAST_COLUMNS, warnings)) {
      long line = CsvFile.lineOf(row);
      Character character = character(csv, row);
      Long first = firstLines.putIfAbsent(Names.key(character.name()), line);
      if (first != null) {
        throw new InputException(
            csv,
            line,
            "duplicate character '" + character.name() + "' (first on line " + first + ")");
      }
      claimAliases(csv, line, character, owners);
      warnings.addAll(AliasCheck.ordinaryWordWarnings(csv, line, character));
      characters.add(character);
    }
    return new Cast(characters);
  }

  /** The character of one row, each of its names checked for a letter. */
  private static Character character(Path csv, CSVRecord row) {
    long line = CsvFile.lineOf(row);
    String name = CorpusLoader.field(row, "character");
    if (name.isEmpty()) {
      throw new InputException(csv, line, "empty character name");
    }
    AliasCheck.requireLetter(csv, line, "character name", name);
    Set<String> aliases = new LinkedHashSet<>();
    aliases.add(name);
    aliases.addAll(names(csv, line, "alias", CorpusLoader.field(row, "aliases")));
    String actor = CorpusLoader.field(row, "actor");
    Set<String> actorAliases = new LinkedHashSet<>();
    if (!actor.isEmpty()) {
      AliasCheck.requireLetter(csv, line, "actor", actor);
      actorAliases.add(actor);
    }
    actorAliases.addAll(names(csv, line, "actor alias", CorpusLoader.field(row, "actor_aliases")));
    Gender gender;
    try {
      gender = Gender.parse(CorpusLoader.field(row, "gender"));
    } catch (IllegalArgumentException e) {
      throw new InputException(csv, line, e.getMessage());
    }
    return new Character(name, List.copyOf(aliases), actor, List.copyOf(actorAliases), gender);
  }

  /** The {@code |}-separated names of a field, each checked for a letter. */
  private static List<String> names(Path csv, long line, String kind, String field) {
    List<String> names = CorpusLoader.splitAliases(field);
    names.forEach(n -> AliasCheck.requireLetter(csv, line, kind, n));
    return names;
  }

  /** Records who owns each alias, refusing one that another character already claimed. */
  private static void claimAliases(
      Path csv, long line, Character character, Map<String, String> owners) {
    for (Cast.Alias alias : new Cast(List.of(character)).aliases()) {
      String owner = owners.putIfAbsent(Names.key(alias.text()), character.name());
      if (owner != null && !owner.equals(character.name())) {
        throw new InputException(
            csv,
            line,
            "alias '"
                + alias.text()
                + "' is claimed by both "
                + owner
                + " and "
                + character.name());
      }
    }
  }
}
