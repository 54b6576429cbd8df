package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.cli.Run;
import org.reviewlens.cli.RunOptions;

/**
 * The four Anora reviews given as one .csv file and as one .jsonl file, each row a review with the
 * columns of corpus/reviews.csv and its text: every output file is byte for byte the folder run's.
 */
@Tag("models")
class OneFileCorpusTest {
  private static final String[] COLUMNS = {
    "review_id", "reviewer", "outlet", "title", "published", "url"
  };

  /** corpus/reviews.csv's rows, each with its review's text, in file order. */
  private static Map<String, Map<String, String>> rows() throws IOException {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(Files.newBufferedReader(Path.of("corpus/reviews.csv")))) {
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : COLUMNS) {
          row.put(column, record.get(column));
        }
        row.put(
            "text",
            Files.readString(
                Path.of("corpus/reviews", record.get("review_id") + ".txt"),
                StandardCharsets.UTF_8));
        rows.put(record.get("review_id"), row);
      }
    }
    assertEquals(4, rows.size());
    return rows;
  }

  private static Path csv(Path dir) throws IOException {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
      printer.print("text");
      for (String column : COLUMNS) {
        printer.print(column);
      }
      printer.println();
      for (Map<String, String> row : rows().values()) {
        printer.print(row.get("text"));
        for (String column : COLUMNS) {
          printer.print(row.get(column));
        }
        printer.println();
      }
    }
    return Files.writeString(dir.resolve("reviews.csv"), text.toString());
  }

  private static Path jsonLines(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder text = new StringBuilder();
    for (Map<String, String> row : rows().values()) {
      text.append(json.writeValueAsString(row)).append('\n');
    }
    return Files.writeString(dir.resolve("reviews.jsonl"), text.toString());
  }

  private static Path run(Path corpus, Optional<Path> cast, Optional<Path> film)
      throws IOException {
    Path out = Files.createTempDirectory("one-file").resolve("output");
    RunOptions base = CorpusOutput.options(corpus, out, CorpusOutput.cache());
    RunOptions options =
        new RunOptions(
            corpus,
            out,
            base.cache(),
            base.annotation(),
            base.tone(),
            base.csv(),
            false,
            Optional.empty(),
            Optional.empty(),
            cast,
            film);
    new Run(options, SharedPipeline::get).execute();
    return out;
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    Map<String, Path> want = files(expected);
    Map<String, Path> got = files(actual);
    assertEquals(want.keySet(), got.keySet());
    assertTrue(want.containsKey("mentions.csv"));
    for (String name : want.keySet()) {
      assertEquals(-1L, Files.mismatch(want.get(name), got.get(name)), "differs: " + name);
    }
  }

  @Test
  void aCsvFileOfTheReviewsWritesTheFolderRunsFilesByteForByte() throws IOException {
    Path dir = Files.createTempDirectory("csv-corpus");
    Files.copy(Path.of("corpus/cast.csv"), dir.resolve("cast.csv"));
    Files.copy(Path.of("corpus/film.csv"), dir.resolve("film.csv"));
    assertSameFiles(CorpusOutput.get(), run(csv(dir), Optional.empty(), Optional.empty()));
  }

  @Test
  void aJsonLinesFileWithCastAndFilmGivenApartWritesTheSameFiles() throws IOException {
    Path dir = Files.createTempDirectory("jsonl-corpus");
    assertSameFiles(
        CorpusOutput.get(),
        run(
            jsonLines(dir),
            Optional.of(Path.of("corpus/cast.csv")),
            Optional.of(Path.of("corpus/film.csv"))));
  }

  private static Map<String, Path> files(Path dir) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(f -> files.put(dir.relativize(f).toString(), f));
    }
    return files;
  }
}
