package org.reviewlens.evaluate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.reviewlens.corpus.CsvFile;
import org.reviewlens.corpus.InputException;

/**
 * Reads the benchmark's {@code films.csv}: one row per film with its split, its fold and its
 * categories. Every problem is an {@link InputException} naming the file and line.
 */
public final class FilmsFile {
  static final List<String> COLUMNS = List.of("film_id", "split", "title_form", "culture");
  private static final List<String> EXTRA_COLUMNS =
      List.of("title", "year", "fold", "real_person", "pronouns_labelled");

  private FilmsFile() {}

  /** Every film in {@code file}, by id, in file order. */
  public static Map<String, FilmInfo> read(Path file) {
    Map<String, FilmInfo> films = new LinkedHashMap<>();
    for (CSVRecord row : CsvFile.read(file, COLUMNS, EXTRA_COLUMNS)) {
      long line = CsvFile.lineOf(row);
      String id = row.get("film_id").strip();
      String split = row.get("split").strip();
      if (!FilmInfo.SPLITS.contains(split)) {
        throw new InputException(
            file, line, "split must be one of " + FilmInfo.SPLITS + ", got '" + split + "'");
      }
      int fold = fold(file, line, row);
      if (split.equals("dev") != (fold > 0)) {
        throw new InputException(file, line, "a dev film has a fold from 1; no other film has one");
      }
      if (films.containsKey(id)) {
        throw new InputException(file, line, "duplicate film '" + id + "'");
      }
      String realPerson = row.isMapped("real_person") ? row.get("real_person").strip() : "";
      if (!realPerson.matches("yes|no|")) {
        throw new InputException(
            file, line, "real_person must be yes or no, got '" + realPerson + "'");
      }
      films.put(
          id,
          new FilmInfo(
              id,
              split,
              fold,
              row.get("title_form").strip(),
              row.get("culture").strip(),
              realPerson.equals("yes")));
    }
    return films;
  }

  private static int fold(Path file, long line, CSVRecord row) {
    String text = row.isMapped("fold") ? row.get("fold").strip() : "";
    if (text.isEmpty()) {
      return 0;
    }
    try {
      int fold = Integer.parseInt(text);
      if (fold < 1) {
        throw new NumberFormatException();
      }
      return fold;
    } catch (NumberFormatException e) {
      throw new InputException(
          file, line, "fold must be a whole number from 1, got '" + text + "'");
    }
  }
}
