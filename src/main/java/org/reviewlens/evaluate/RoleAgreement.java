package org.reviewlens.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.reviewlens.analyse.Columns;
import org.reviewlens.analyse.SentencesTable;
import org.reviewlens.corpus.CsvFile;
import org.reviewlens.corpus.InputException;
import org.reviewlens.extract.roles.SentenceRole;

/**
 * Compares the sentence roles of a run's {@code sentences.csv} with hand-labelled roles. A gold
 * sentence is matched by its review and its first character; one the run does not have counts as
 * wrong. The run is one output folder, or a folder of output folders, one per film, as {@code
 * devset/rated/run.sh} writes them.
 */
public final class RoleAgreement {
  private static final List<String> GOLD_COLUMNS =
      List.of("review_id", "sentence_index", "char_begin", "char_end", "role");

  /**
   * The agreement.
   *
   * @param sentences how many gold sentences there are
   * @param correct how many the run gave the gold role
   * @param tallies per role: how many the gold has, the run found, and both agree on
   * @param confusions for each gold role, how often the run chose each role
   */
  public record Result(
      int sentences,
      int correct,
      Map<SentenceRole, Tally> tallies,
      Map<SentenceRole, Map<SentenceRole, Integer>> confusions) {
    public double accuracy() {
      return sentences == 0 ? Double.NaN : (double) correct / sentences;
    }
  }

  private RoleAgreement() {}

  /** Compares the gold file with the {@code sentences.csv} of the run folder(s) {@code out}. */
  public static Result of(Path gold, Path out) {
    Map<String, SentenceRole> found = new HashMap<>();
    for (Path file : sentenceFiles(out)) {
      found.putAll(runRoles(file));
    }
    Map<SentenceRole, int[]> counts = new EnumMap<>(SentenceRole.class);
    Map<SentenceRole, Map<SentenceRole, Integer>> confusions = new EnumMap<>(SentenceRole.class);
    for (SentenceRole role : SentenceRole.values()) {
      counts.put(role, new int[3]);
      confusions.put(role, new EnumMap<>(SentenceRole.class));
    }
    int sentences = 0;
    int correct = 0;
    for (CSVRecord row : CsvFile.read(gold, GOLD_COLUMNS, List.of())) {
      SentenceRole expected = role(gold, row);
      SentenceRole got = found.get(key(row.get("review_id"), row.get("char_begin")));
      sentences++;
      counts.get(expected)[0]++;
      if (got != null) {
        counts.get(got)[1]++;
        confusions.get(expected).merge(got, 1, Integer::sum);
      }
      if (expected == got) {
        correct++;
        counts.get(expected)[2]++;
      }
    }
    Map<SentenceRole, Tally> tallies = new EnumMap<>(SentenceRole.class);
    counts.forEach(
        (role, c) -> tallies.put(role, new Tally(c[0], c[1], c[2], Math.abs(c[1] - c[0]))));
    return new Result(sentences, correct, tallies, confusions);
  }

  private static List<Path> sentenceFiles(Path out) {
    Path own = out.resolve(SentencesTable.TABLE.fileName());
    if (Files.isRegularFile(own)) {
      return List.of(own);
    }
    try (Stream<Path> folders = Files.list(out)) {
      List<Path> files =
          folders
              .map(f -> f.resolve(SentencesTable.TABLE.fileName()))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new InputException(own, "missing: run review-lens first");
      }
      return files;
    } catch (IOException e) {
      throw new InputException(out, "cannot read the run folder: " + e.getMessage());
    }
  }

  private static Map<String, SentenceRole> runRoles(Path file) {
    Map<String, SentenceRole> roles = new HashMap<>();
    for (CSVRecord row :
        RunTables.read(
            file,
            SentencesTable.TABLE,
            Columns.REVIEW_ID,
            Columns.CHAR_BEGIN,
            SentencesTable.ROLE)) {
      roles.put(
          key(RunTables.cell(row, Columns.REVIEW_ID.name()), row.get(Columns.CHAR_BEGIN.name())),
          role(file, row));
    }
    return roles;
  }

  private static String key(String reviewId, String charBegin) {
    return reviewId.strip() + "@" + charBegin.strip();
  }

  private static SentenceRole role(Path file, CSVRecord row) {
    try {
      return SentenceRole.ofLabel(row.get("role"));
    } catch (IllegalArgumentException e) {
      throw new InputException(file, CsvFile.lineOf(row), e.getMessage());
    }
  }
}
