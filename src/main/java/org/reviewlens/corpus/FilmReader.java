package org.reviewlens.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code film.csv}: one row that describes the film. The director's names are searched for in
 * the reviews as the cast's are, so they are checked as the cast's are ({@link AliasCheck}).
 */
final class FilmReader {
  static final List<String> COLUMNS =
      List.of("title", "year", "director", "director_aliases", "director_gender", "original_title");

  private FilmReader() {}

  /**
   * The film of {@code csv}, which must exist.
   *
   * @param warnings receives the problems that do not stop the run, each naming the file
   */
  static Film read(Path csv, List<String> warnings) {
    if (!Files.exists(csv)) {
      throw new InputException(csv, "missing film description (title, year, director)");
    }
    List<CSVRecord> rows = CsvFile.read(csv, List.of("title"), COLUMNS, warnings);
    if (rows.size() != 1) {
      throw new InputException(csv, "expected exactly one film row, found " + rows.size());
    }
    CSVRecord row = rows.get(0);
    long line = CsvFile.lineOf(row);
    String year = CorpusLoader.field(row, "year");
    if (!year.matches("\\d{4}|")) {
      throw new InputException(csv, line, "year '" + year + "' is not a four-digit year");
    }
    String director = CorpusLoader.field(row, "director");
    List<String> aliases = directorAliases(csv, line, director, row, warnings);
    Gender gender;
    try {
      gender = Gender.parse(CorpusLoader.field(row, "director_gender"));
    } catch (IllegalArgumentException e) {
      throw new InputException(csv, line, e.getMessage());
    }
    return new Film(
        CorpusLoader.field(row, "title"),
        year.isEmpty() ? 0 : Integer.parseInt(year),
        director,
        aliases,
        gender,
        CorpusLoader.field(row, "original_title"));
  }

  /** The director's aliases, the full name when none is given, each checked as a cast alias. */
  private static List<String> directorAliases(
      Path csv, long line, String director, CSVRecord row, List<String> warnings) {
    if (!director.isEmpty()) {
      AliasCheck.requireLetter(csv, line, "director", director);
    }
    List<String> aliases = CorpusLoader.splitAliases(CorpusLoader.field(row, "director_aliases"));
    if (aliases.isEmpty() && !director.isEmpty()) {
      aliases = List.of(director);
    }
    String countsAs = director.isEmpty() ? "the director" : director;
    for (String alias : aliases) {
      AliasCheck.requireLetter(csv, line, "director alias", alias);
      AliasCheck.warning(csv, line, "director alias", alias, countsAs).ifPresent(warnings::add);
    }
    return aliases;
  }
}
