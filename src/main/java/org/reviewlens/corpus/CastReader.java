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

/** Reads {@code cast.csv} and checks that no alias belongs to two characters. */
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
    Map<String, String> owners = new HashMap<>();
    List<Character> characters = new ArrayList<>();
    for (CSVRecord row :
        CsvFile.read(csv, List.of("character", "aliases"), CorpusLoader.CAST_COLUMNS, warnings)) {
      long line = CsvFile.lineOf(row);
      String name = CorpusLoader.field(row, "character");
      if (name.isEmpty()) {
        throw new InputException(csv, line, "empty character name");
      }
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(name);
      aliases.addAll(CorpusLoader.splitAliases(CorpusLoader.field(row, "aliases")));
      String actor = CorpusLoader.field(row, "actor");
      Set<String> actorAliases = new LinkedHashSet<>();
      if (!actor.isEmpty()) {
        actorAliases.add(actor);
      }
      actorAliases.addAll(CorpusLoader.splitAliases(CorpusLoader.field(row, "actor_aliases")));
      for (String alias : concat(aliases, actorAliases)) {
        String key = Names.key(alias);
        String owner = owners.putIfAbsent(key, name);
        if (owner != null && !owner.equals(name)) {
          throw new InputException(
              csv, line, "alias '" + alias + "' is claimed by both " + owner + " and " + name);
        }
      }
      Gender gender;
      try {
        gender = Gender.parse(CorpusLoader.field(row, "gender"));
      } catch (IllegalArgumentException e) {
        throw new InputException(csv, line, e.getMessage());
      }
      characters.add(
          new Character(name, List.copyOf(aliases), actor, List.copyOf(actorAliases), gender));
    }
    return new Cast(characters);
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
