package org.reviewlens.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.reviewlens.analyse.Columns;
import org.reviewlens.analyse.SuggestedCastTable;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.CorpusLoader;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.MentionKind;

/**
 * Checks a discovered cast against the true one: which real people (actors, the director) were
 * listed as characters, and which gold characters named at least twice were found.
 *
 * @param found the discovered characters
 * @param realPeopleAsCharacters discovered characters whose names are an actor's or the director's
 * @param named gold characters named at least twice in the gold file
 * @param namedFound those of them that a discovered character maps to
 * @param splits gold characters that several discovered characters map to
 */
public record CastCheck(
    List<String> found,
    List<String> realPeopleAsCharacters,
    Set<String> named,
    Set<String> namedFound,
    Map<String, List<String>> splits) {

  /** Character recall: the share of gold characters named twice or more that were found. */
  public double recall() {
    return named.isEmpty() ? 1.0 : (double) namedFound.size() / named.size();
  }

  /**
   * Compares {@code suggested} (a run's cast_suggested.csv) with the true cast.csv and film.csv.
   */
  public static CastCheck of(
      Path suggested,
      Path trueCast,
      Path trueFilm,
      List<LabelledMention> gold,
      CharacterMapping mapping) {
    Set<String> people = new HashSet<>();
    List<String> ignored = new ArrayList<>();
    for (Character c : CorpusLoader.readCast(trueCast, ignored).characters()) {
      people.add(Names.key(c.actor()));
      c.actorAliases().forEach(a -> people.add(Names.key(a)));
    }
    Film film = CorpusLoader.readFilm(trueFilm, ignored);
    people.add(Names.key(film.director()));
    film.directorAliases().forEach(a -> people.add(Names.key(a)));
    people.remove("");
    List<String> found = new ArrayList<>();
    List<String> realPeople = new ArrayList<>();
    for (CSVRecord r :
        RunTables.read(suggested, SuggestedCastTable.TABLE, Columns.CHARACTER, Columns.ALIASES)) {
      found.add(RunTables.cell(r, "character"));
      for (String alias : RunTables.cell(r, "aliases").split("\\|")) {
        if (people.contains(Names.key(alias))) {
          realPeople.add(RunTables.cell(r, "character") + " (" + alias + ")");
          break;
        }
      }
    }
    Map<String, Integer> nameCounts = new TreeMap<>();
    gold.stream()
        .filter(g -> g.kind() == MentionKind.NAME)
        .forEach(g -> nameCounts.merge(g.character(), 1, Integer::sum));
    Set<String> named = new TreeSet<>();
    nameCounts.forEach(
        (c, n) -> {
          if (n >= 2) {
            named.add(c);
          }
        });
    Set<String> namedFound = new TreeSet<>(mapping.pairs().values());
    namedFound.retainAll(named);
    return new CastCheck(found, realPeople, named, namedFound, mapping.splits());
  }
}
