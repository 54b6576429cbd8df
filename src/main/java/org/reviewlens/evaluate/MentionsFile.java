package org.reviewlens.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.reviewlens.analyse.MentionsTable;
import org.reviewlens.corpus.CsvFile;
import org.reviewlens.corpus.InputException;
import org.reviewlens.extract.MentionKind;

/**
 * Reads a file in the format of the tool's {@code mentions.csv}: a run's own output, or a gold file
 * counted by hand. Every problem is an {@link InputException} naming the file and line.
 */
public final class MentionsFile {
  /** The columns both a gold file and {@code mentions.csv} have. */
  public static final List<String> COLUMNS =
      List.of("review_id", "char_begin", "char_end", "surface", "character", "kind");

  /** The other columns of {@code mentions.csv}, which a gold file may have too. */
  private static final List<String> EXTRA_COLUMNS = extraColumns();

  private static List<String> extraColumns() {
    List<String> extra = new ArrayList<>(MentionsTable.TABLE.header());
    extra.removeAll(COLUMNS);
    return List.copyOf(extra);
  }

  private MentionsFile() {}

  /** Every mention in {@code file}, in file order. */
  public static List<LabelledMention> read(Path file) {
    List<LabelledMention> mentions = new ArrayList<>();
    for (CSVRecord row : CsvFile.read(file, COLUMNS, EXTRA_COLUMNS)) {
      mentions.add(parse(file, row));
    }
    return mentions;
  }

  private static LabelledMention parse(Path file, CSVRecord row) {
    long line = CsvFile.lineOf(row);
    int begin = integer(file, line, row, "char_begin");
    int end = integer(file, line, row, "char_end");
    if (begin < 0 || end <= begin) {
      throw new InputException(file, line, "char_end must be greater than char_begin >= 0");
    }
    String character = RunTables.cell(row, "character").strip();
    if (character.isEmpty()) {
      throw new InputException(file, line, "empty character");
    }
    return new LabelledMention(
        RunTables.cell(row, "review_id").strip(),
        begin,
        end,
        RunTables.cell(row, "surface"),
        character,
        kind(file, line, row.get("kind")));
  }

  private static int integer(Path file, long line, CSVRecord row, String column) {
    try {
      return Integer.parseInt(row.get(column).strip());
    } catch (NumberFormatException e) {
      throw new InputException(
          file, line, column + " is not a whole number: '" + row.get(column) + "'");
    }
  }

  private static MentionKind kind(Path file, long line, String label) {
    return Arrays.stream(MentionKind.values())
        .filter(k -> k.label().equals(label.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new InputException(
                    file,
                    line,
                    "unknown kind '"
                        + label
                        + "'; expected one of "
                        + String.join(
                            ", ",
                            Arrays.stream(MentionKind.values()).map(MentionKind::label).toList())));
  }
}
