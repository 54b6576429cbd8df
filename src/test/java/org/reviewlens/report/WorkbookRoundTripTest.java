package org.reviewlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.analyse.Analyses;
import org.reviewlens.analyse.AnalysisOutput;
import org.reviewlens.analyse.Columns;
import org.reviewlens.analyse.HandMadeRun;
import org.reviewlens.analyse.SentencesTable;
import tech.tablesaw.api.Table;

/**
 * review-lens.xlsx, opened by a real spreadsheet: LibreOffice, headless, converts every sheet back
 * to CSV, and each must hold the values of the CSV file the tool wrote, hostile text included.
 */
class WorkbookRoundTripTest {
  private static final Path SOFFICE = Path.of("/usr/bin/soffice");
  private static final List<String> HOSTILE =
      List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2 apples", "@SUM(A1)", "plain, \"quoted\"");

  @TempDir Path dir;

  @Test
  void libreOfficeReadsBackTheValuesOfEveryCsvFile() throws Exception {
    List<AnalysisOutput> outputs = withHostileSentences(Analyses.run(HandMadeRun.input()));
    CsvOptions options = CsvOptions.builder().build();
    CsvTableWriter csv = new CsvTableWriter(options);
    for (AnalysisOutput output : outputs) {
      csv.write(output.table(), dir.resolve(output.analysis().table().fileName()));
    }
    Path workbook = dir.resolve(WorkbookWriter.FILE);
    new WorkbookWriter(options).write(outputs, workbook);

    Path converted = convertEverySheet(workbook);

    for (AnalysisOutput output : outputs) {
      String name = output.analysis().table().name();
      List<CSVRecord> expected = read(dir.resolve(name + ".csv"));
      List<CSVRecord> actual = read(converted.resolve("review-lens-" + name + ".csv"));
      assertEquals(expected.size(), actual.size(), name + ": rows");
      for (int r = 0; r < expected.size(); r++) {
        for (int c = 0; c < expected.get(r).size(); c++) {
          String want = expected.get(r).get(c);
          String got = c < actual.get(r).size() ? actual.get(r).get(c) : "";
          assertTrue(sameValue(want, got), name + " row " + r + " column " + c + ": " + got);
        }
      }
    }
    List<CSVRecord> sentences = read(converted.resolve("review-lens-sentences.csv"));
    int text = sentences.get(0).toList().indexOf("text");
    List<String> texts = sentences.stream().map(r -> r.get(text)).toList();
    assertTrue(texts.containsAll(List.of("'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "'-2 apples")));
  }

  @Test
  void everySheetHasItsHeaderFrozenAndAFilter() throws IOException {
    Path workbook = dir.resolve(WorkbookWriter.FILE);
    new WorkbookWriter(CsvOptions.builder().build())
        .write(Analyses.run(HandMadeRun.input()), workbook);
    int sheets = 0;
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/worksheets/sheet")) {
          String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
          assertTrue(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""), e.getName());
          assertTrue(xml.contains("<autoFilter ref=\"A1:"), e.getName());
          sheets++;
        }
      }
    }
    assertEquals(Analyses.run(HandMadeRun.input()).size(), sheets);
  }

  @Test
  void twoWritesOfTheSameTablesAreByteIdentical() throws Exception {
    List<AnalysisOutput> outputs = Analyses.run(HandMadeRun.input());
    WorkbookWriter writer = new WorkbookWriter(CsvOptions.builder().build());
    writer.write(outputs, dir.resolve("a.xlsx"));
    Thread.sleep(1100);
    writer.write(outputs, dir.resolve("b.xlsx"));
    assertEquals(-1L, Files.mismatch(dir.resolve("a.xlsx"), dir.resolve("b.xlsx")));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void numbersAreNumberCellsAndTextIsText() throws IOException {
    List<AnalysisOutput> outputs = Analyses.run(HandMadeRun.input());
    Path workbook = dir.resolve(WorkbookWriter.FILE);
    new WorkbookWriter(CsvOptions.builder().build()).write(outputs, workbook);
    int reviewTone =
        1 + outputs.stream().map(o -> o.analysis().table().name()).toList().indexOf("review_tone");
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      String xml =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + reviewTone + ".xml"))
                  .readAllBytes(),
              StandardCharsets.UTF_8);
      // review_id (A) is text; sentences (C) and mean_score (D) are numbers.
      assertTrue(xml.contains("<c r=\"A2\" t=\"s\">"), xml);
      assertTrue(xml.contains("<c r=\"C2\" t=\"n\"><v>3</v>"), xml);
      assertTrue(xml.contains("<c r=\"D2\" t=\"n\">"), xml);
    }
  }

  /** Numbers compare as numbers, true and false in any case, everything else exactly. */
  private static boolean sameValue(String want, String got) {
    if (want.equals(got)) {
      return true;
    }
    if (want.equalsIgnoreCase(got) && (want.equals("true") || want.equals("false"))) {
      return true;
    }
    try {
      return Math.abs(Double.parseDouble(want) - Double.parseDouble(got)) < 1e-9;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private List<AnalysisOutput> withHostileSentences(List<AnalysisOutput> outputs) {
    List<AnalysisOutput> result = new ArrayList<>();
    for (AnalysisOutput output : outputs) {
      if (!(output.analysis() instanceof SentencesTable sentences)) {
        result.add(output);
        continue;
      }
      Table t = SentencesTable.TABLE.create();
      for (int i = 0; i < HOSTILE.size(); i++) {
        SentencesTable.TABLE
            .row(t)
            .set(Columns.REVIEW_ID, "hostile")
            .set(Columns.SENTENCE_INDEX, i)
            .set(Columns.CHAR_BEGIN, i * 30)
            .set(Columns.CHAR_END, i * 30 + 20)
            .set(SentencesTable.POSITION, i / 4.0)
            .set(Columns.TEXT, HOSTILE.get(i))
            .set(SentencesTable.SENTIMENT, "Neutral")
            .set(SentencesTable.SENTIMENT_SCORE, -0.123456789)
            .set(SentencesTable.DIALOGUE, i % 2 == 0)
            .set(SentencesTable.IN_TONE, i % 2 != 0)
            .set(SentencesTable.ROLE, "summary")
            .set(SentencesTable.ROLE_CUE, "story")
            .set(SentencesTable.JUDGEMENT, -i)
            .set(SentencesTable.VERDICT_WEIGHT, i % 2 != 0 ? 0.25 * i : Double.NaN)
            .add();
      }
      result.add(new AnalysisOutput(sentences, t));
    }
    return result;
  }

  /** Every sheet to its own CSV, values not as shown but as stored, UTF-8. */
  private Path convertEverySheet(Path workbook) throws IOException, InterruptedException {
    assertTrue(
        Files.isExecutable(SOFFICE),
        SOFFICE
            + " is missing: install it with 'apt-get install -y libreoffice-calc-nogui'"
            + " (.ci/run does)");
    Path out = dir.resolve("converted");
    Process soffice =
        new ProcessBuilder(
                SOFFICE.toString(),
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir",
                out.toString(),
                workbook.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "LibreOffice timed out");
    assertEquals(0, soffice.exitValue(), Files.readString(dir.resolve("soffice.log")));
    return out;
  }

  /** Every row of a CSV file, the header first, without a byte-order mark. */
  private static List<CSVRecord> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
  }
}
