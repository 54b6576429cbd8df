package org.reviewlens.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A corpus given as one file of reviews, one per row: a {@code .csv} with a header row, or a {@code
 * .jsonl} with one JSON object per line. {@code review_id} and {@code text} are required; the
 * columns of {@code reviews.csv} ({@code reviewer}, {@code outlet}, {@code title}, {@code
 * published}, {@code url}) are optional, and any other column or key is refused, as in {@code
 * reviews.csv}. People who study reviews keep them so, as scraped or exported.
 *
 * <p>Every fault names the file and the line the row starts on (a CSV text may span lines).
 */
final class ReviewTable {
  static final String TEXT = "text";

  /** Review text is kept as written: no trimming, so a row gives the text its file would. */
  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One review of the file.
   *
   * @param line the line its row starts on
   * @param text the review's text, as the file gives it
   * @param metadata its reviews.csv columns
   */
  record Row(long line, String text, ReviewMetadata metadata) {}

  private ReviewTable() {}

  /** Whether {@code file} is named like a review table: {@code .csv} or {@code .jsonl}. */
  static boolean isTable(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".jsonl");
  }

  /** Every review of the file by id, in file order. */
  static Map<String, Row> read(Path file, List<String> warnings) {
    String text = CsvFile.text(file, warnings);
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    Map<String, Row> rows = new LinkedHashMap<>();
    if (name.endsWith(".jsonl")) {
      readJsonLines(file, text, rows);
    } else {
      readCsv(file, text, rows);
    }
    if (rows.isEmpty()) {
      throw new InputException(file, "empty corpus: no review rows");
    }
    return rows;
  }

  private static void readCsv(Path file, String text, Map<String, Row> rows) {
    List<String> optional = new ArrayList<>(CorpusLoader.REVIEW_COLUMNS.subList(1, 6));
    try (CSVParser parser = CSV.parse(new StringReader(text))) {
      CsvHeader.check(file, parser.getHeaderNames(), List.of("review_id", TEXT), optional);
      Iterator<CSVRecord> records = parser.iterator();
      long line = parser.getCurrentLineNumber() + 1;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!record.isConsistent()) {
          throw new InputException(
              file,
              line,
              "expected " + parser.getHeaderNames().size() + " fields, found " + record.size());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        parser.getHeaderNames().forEach(h -> fields.put(h, record.get(h)));
        add(file, line, fields, rows);
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InputException(file, "malformed CSV: " + firstLine(e));
    }
  }

  private static void readJsonLines(Path file, String text, Map<String, Row> rows) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      long line = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(lines[i]);
      } catch (JsonProcessingException e) {
        throw new InputException(
            file, line, "malformed JSON: " + firstLine(e).replaceAll(" at \\[Source.*", ""));
      }
      if (!node.isObject()) {
        throw new InputException(file, line, "expected one JSON object per line");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!field.getValue().isTextual() && !field.getValue().isNull()) {
          throw new InputException(file, line, "'" + field.getKey() + "' must be a string");
        }
        fields.put(field.getKey(), field.getValue().isNull() ? "" : field.getValue().asText());
      }
      checkKeys(file, line, fields);
      add(file, line, fields, rows);
    }
  }

  private static void checkKeys(Path file, long line, Map<String, String> fields) {
    for (String key : fields.keySet()) {
      if (!key.equals(TEXT) && !CorpusLoader.REVIEW_COLUMNS.contains(key)) {
        throw new InputException(
            file, line, "unknown key '" + key + "'; expected review_id and text");
      }
    }
    for (String key : List.of("review_id", TEXT)) {
      if (!fields.containsKey(key)) {
        throw new InputException(file, line, "missing key '" + key + "'");
      }
    }
  }

  private static void add(Path file, long line, Map<String, String> fields, Map<String, Row> rows) {
    String id = fields.get("review_id").trim();
    if (!CorpusLoader.REVIEW_ID.matcher(id).matches()) {
      throw new InputException(
          file,
          line,
          "illegal review id '" + id + "': use only ASCII letters, digits, '-' and '_'");
    }
    if (rows.containsKey(id)) {
      throw new InputException(file, line, "duplicate review id '" + id + "'");
    }
    String reviewer = fields.getOrDefault("reviewer", "").trim();
    ReviewMetadata metadata =
        new ReviewMetadata(
            reviewer.isEmpty() ? id : reviewer,
            fields.getOrDefault("outlet", "").trim(),
            fields.getOrDefault("title", "").trim(),
            fields.getOrDefault("published", "").trim(),
            fields.getOrDefault("url", "").trim());
    rows.put(id, new Row(line, fields.get(TEXT), metadata));
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
