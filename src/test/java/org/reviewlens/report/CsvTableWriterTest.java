package org.reviewlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvTableWriterTest {
  @TempDir Path dir;

  private static Table table() {
    return Table.create(
        "t",
        StringColumn.create(
            "text",
            "=HYPERLINK(\"x\")",
            "-minus",
            "“curly” café",
            "line\nbreak, comma",
            "@at",
            "plain"),
        DoubleColumn.create("score", -0.4, 0.1234567, Double.NaN, 1.0, 0.0, -1e-9),
        IntColumn.create("n", 1, 2, 3, 4, 5, 6));
  }

  private List<CSVRecord> readBack(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
      return CSVParser.parse(content.startsWith("\uFEFF") ? content.substring(1) : content, format)
          .getRecords();
    }
  }

  @Test
  void spreadsheetSafeByDefaultWithBomAndNeutralisedFormulas() throws IOException {
    Path file = dir.resolve("t.csv");
    new CsvTableWriter(CsvOptions.builder().build()).write(table(), file);
    byte[] bytes = Files.readAllBytes(file);
    assertEquals((byte) 0xEF, bytes[0]);
    List<CSVRecord> rows = readBack(file);
    assertEquals("'=HYPERLINK(\"x\")", rows.get(0).get("text"));
    assertEquals("'-minus", rows.get(1).get("text"));
    assertEquals("'@at", rows.get(4).get("text"));
    assertEquals("-0.4", rows.get(0).get("score"), "numbers stay numbers");
  }

  @Test
  void plainModeWritesTextAsIs() throws IOException {
    Path file = dir.resolve("t.csv");
    new CsvTableWriter(CsvOptions.builder().spreadsheetSafe(false).build()).write(table(), file);
    assertTrue(Files.readString(file).startsWith("text,score,n\n"));
    assertEquals("=HYPERLINK(\"x\")", readBack(file).get(0).get("text"));
  }

  @Test
  void roundTripMatchesTheTableInMemory() throws IOException {
    Table table = table();
    Path file = dir.resolve("t.csv");
    new CsvTableWriter(CsvOptions.builder().spreadsheetSafe(false).build()).write(table, file);
    List<CSVRecord> rows = readBack(file);
    assertEquals(table.rowCount(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(table.stringColumn("text").get(i), rows.get(i).get("text"));
      double expected = table.doubleColumn("score").getDouble(i);
      String written = rows.get(i).get("score");
      if (Double.isNaN(expected)) {
        assertEquals("", written);
      } else {
        assertEquals(expected, Double.parseDouble(written), 1e-6);
      }
      assertEquals(table.intColumn("n").get(i), Integer.parseInt(rows.get(i).get("n")));
    }
  }
}
