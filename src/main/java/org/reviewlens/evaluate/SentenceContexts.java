package org.reviewlens.evaluate;

import static org.reviewlens.analyse.Columns.CHAR_BEGIN;
import static org.reviewlens.analyse.Columns.CHAR_END;
import static org.reviewlens.analyse.Columns.REVIEW_ID;
import static org.reviewlens.analyse.Columns.TEXT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.reviewlens.analyse.SentencesTable;
import org.reviewlens.corpus.CsvFile;
import org.reviewlens.corpus.InputException;

/** Context for a mention, read from a run's {@code sentences.csv}. */
public final class SentenceContexts implements EvaluationReport.Contexts {
  private static final int WIDTH = 80;

  private record SentenceText(String reviewId, int begin, int end, String text) {}

  private final List<SentenceText> sentences = new ArrayList<>();

  /** Reads {@code sentences.csv} from a run's output folder; no context when it is missing. */
  public static EvaluationReport.Contexts of(Path out) {
    Path file = out.resolve(SentencesTable.TABLE.fileName());
    if (!Files.isRegularFile(file)) {
      return EvaluationReport.Contexts.NONE;
    }
    SentenceContexts contexts = new SentenceContexts();
    for (CSVRecord r :
        RunTables.read(file, SentencesTable.TABLE, REVIEW_ID, CHAR_BEGIN, CHAR_END, TEXT)) {
      try {
        contexts.sentences.add(
            new SentenceText(
                RunTables.cell(r, REVIEW_ID.name()),
                Integer.parseInt(r.get(CHAR_BEGIN.name())),
                Integer.parseInt(r.get(CHAR_END.name())),
                RunTables.cell(r, TEXT.name())));
      } catch (NumberFormatException e) {
        throw new InputException(
            file, CsvFile.lineOf(r), "char_begin and char_end must be whole numbers");
      }
    }
    return contexts;
  }

  @Override
  public Optional<String> around(LabelledMention m) {
    return sentences.stream()
        .filter(
            s ->
                s.reviewId().equals(m.reviewId())
                    && s.begin() <= m.charBegin()
                    && m.charEnd() <= s.end())
        .findFirst()
        .map(s -> mark(s, m));
  }

  private static String mark(SentenceText s, LabelledMention m) {
    int b = m.charBegin() - s.begin();
    int e = m.charEnd() - s.begin();
    String left = s.text().substring(Math.max(0, b - WIDTH), b);
    String right = s.text().substring(e, Math.min(s.text().length(), e + WIDTH));
    return (left + "[[" + s.text().substring(b, e) + "]]" + right).replaceAll("\\s+", " ").strip();
  }
}
