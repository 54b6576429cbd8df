package org.reviewlens.corpus;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the header row of a corpus CSV file. It runs before any record is read, so that a header
 * fault is reported on line 1 as what it is, not as a field count on line 2.
 */
final class CsvHeader {
  private CsvHeader() {}

  /**
   * Throws an {@link InputException} on line 1 of {@code file} when {@code header} is empty, names
   * a column twice, names a column that is neither required nor optional, or lacks a required one.
   */
  static void check(Path file, List<String> header, List<String> required, List<String> optional) {
    if (header.isEmpty()) {
      throw new InputException(file, 1, "missing header row");
    }
    Set<String> seen = new HashSet<>();
    for (String column : header) {
      if (!seen.add(column)) {
        throw new InputException(file, 1, "duplicate column '" + column + "'");
      }
    }
    Set<String> known = new HashSet<>(required);
    known.addAll(optional);
    for (String column : header) {
      if (!known.contains(column)) {
        throw new InputException(
            file, 1, "unknown column '" + column + "'; expected " + String.join(", ", required));
      }
    }
    for (String column : required) {
      if (!header.contains(column)) {
        throw new InputException(file, 1, "missing column '" + column + "'");
      }
    }
  }
}
