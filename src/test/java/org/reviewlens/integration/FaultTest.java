package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reviewlens.cli.CliHarness;
import org.reviewlens.fault.FaultAction;
import org.reviewlens.fault.FaultPoint;

/** Faults thrown inside a run in this JVM: each stays contained, and nothing is lost. */
@Tag("models")
class FaultTest {
  @TempDir Path root;
  private Path corpus;
  private Path out;
  private Path cache;

  @BeforeEach
  void threeReviews() throws IOException {
    corpus = FaultCorpus.write(root.resolve("corpus"), "alpha", "beta", "gamma");
    out = root.resolve("output");
    cache = root.resolve("cache");
  }

  private CliHarness.Result run(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--corpus",
                corpus.toString(),
                "--out",
                out.toString(),
                "--cache",
                cache.toString(),
                "--no-progress"));
    args.addAll(List.of(extra));
    return CliHarness.run(args.toArray(String[]::new));
  }

  private List<CSVRecord> table(String name) throws IOException {
    String text = Files.readString(out.resolve(name + ".csv")).replace("\uFEFF", "");
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new java.io.StringReader(text))
        .getRecords();
  }

  private List<String> beside() throws IOException {
    try (Stream<Path> files = Files.list(root)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".output"))
          .sorted()
          .toList();
    }
  }

  private void oneReviewSkippedTheOthersCached(CliHarness.Result result, String reason)
      throws IOException {
    assertEquals(3, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains(reason), result.stderr());
    List<CSVRecord> skipped =
        table("reviews").stream().filter(r -> r.get("status").equals("skipped")).toList();
    assertEquals(1, skipped.size());
    assertTrue(
        skipped.get(0).get("skip_reason").startsWith("CoreNLP failed on it: "),
        skipped.get(0).get("skip_reason"));
    assertEquals(3, table("reviews").size());
    assertEquals(2, CacheCheck.validEntries(cache), "nothing about the failed review is cached");
    String failed = skipped.get(0).get("review_id");
    assertTrue(table("sentences").stream().noneMatch(r -> r.get("review_id").equals(failed)));
    assertTrue(table("sentences").stream().anyMatch(r -> !r.get("review_id").equals(failed)));
  }

  /** CoreNLP's own threaded annotate would call System.exit(1) here, ending this test JVM. */
  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(strings = {"1", "2"})
  void anExceptionInAWorkerSkipsThatReviewAloneAtAnyThreadCount(String threads) throws IOException {
    CliHarness.Result result;
    try (ArmedFault fault = ArmedFault.at(FaultPoint.ANNOTATING, 1, FaultAction.THROW)) {
      result = run("--threads", threads);
    }
    oneReviewSkippedTheOthersCached(result, "injected at annotating");
    CliHarness.Result next = run("--threads", threads);
    assertEquals(0, next.exitCode(), next.stderr());
    assertEquals(3, CacheCheck.validEntries(cache));
  }

  @Test
  void anOutOfMemoryErrorInAWorkerSkipsThatReviewAlone() throws IOException {
    CliHarness.Result result;
    try (ArmedFault fault = ArmedFault.at(FaultPoint.ANNOTATING, 2, FaultAction.OOM)) {
      result = run();
    }
    oneReviewSkippedTheOthersCached(result, "java.lang.OutOfMemoryError");
  }

  @Test
  void aFullDiskWhileTablesAreWrittenLeavesThePreviousOutput() throws IOException {
    assertEquals(0, run().exitCode());
    Map<String, String> before = CliHarness.snapshot(out);
    CliHarness.Result result;
    try (ArmedFault fault = ArmedFault.at(FaultPoint.TABLE_WRITTEN, 2, FaultAction.DISK_FULL)) {
      result = run();
    }
    assertEquals(1, result.exitCode(), result.stderr());
    assertTrue(result.stderr().startsWith("error: cannot read or write a file: "), result.stderr());
    assertTrue(
        result
            .stderr()
            .matches("(?s).*/\\.output\\.staging-\\w+/\\w+\\.csv: No space left on device.*"),
        "names the file: " + result.stderr());
    assertTrue(result.stderr().contains("run with --verbose"), result.stderr());
    assertEquals(before, CliHarness.snapshot(out));
    assertEquals(List.of(".output.lock"), beside(), "the staging folder is removed");
    assertEquals(3, CacheCheck.validEntries(cache));
  }

  private String warningCount() throws IOException {
    String report = Files.readString(out.resolve("run_report.txt"));
    return report.replaceAll("(?s).*\nwarnings: (\\d+)\n.*", "$1");
  }

  /** Cache warnings reached the console, but run_report.txt said "warnings: 0". */
  @Test
  void anUnreadableCacheEntryIsAWarningInTheRunReport() throws IOException {
    assertEquals(0, run().exitCode());
    String warningsBefore = warningCount();
    Path entry;
    try (Stream<Path> entries = Files.list(cache)) {
      entry = entries.filter(p -> p.toString().endsWith(".ser.gz")).sorted().findFirst().get();
    }
    Files.writeString(entry, "not an entry");
    CliHarness.Result result = run();
    assertEquals(0, result.exitCode(), result.stderr());
    String report = Files.readString(out.resolve("run_report.txt"));
    assertTrue(report.contains(entry + ": unreadable cache entry"), report);
    assertEquals(Integer.parseInt(warningsBefore) + 1, Integer.parseInt(warningCount()), report);
    assertTrue(result.stderr().contains("warning: " + entry + ": unreadable"), result.stderr());
  }

  /** Internal checks throw IllegalArgumentException; such a bug was once reported as bad input. */
  @Test
  void aBugIsAnInternalErrorWithTheVerboseHintNotBadInput() throws IOException {
    assertEquals(0, run().exitCode());
    Map<String, String> before = CliHarness.snapshot(out);
    CliHarness.Result result;
    try (ArmedFault fault = ArmedFault.at(FaultPoint.TABLE_WRITTEN, 1, FaultAction.THROW)) {
      result = run();
    }
    assertEquals(1, result.exitCode(), result.stderr());
    assertTrue(
        result
            .stderr()
            .startsWith(
                "internal error: org.reviewlens.fault.InjectedFault: injected at table-written"),
        result.stderr());
    assertTrue(
        result.stderr().contains("(run with --verbose for the stack trace)"), result.stderr());
    assertEquals(before, CliHarness.snapshot(out));
  }

  @Test
  void anOutputFolderWhereNothingCanBeWrittenIsAnErrorNamingIt() throws IOException {
    Path sys = Path.of("/sys");
    assumeTrue(Files.isDirectory(sys), "Linux's /sys, where no process can create a file");
    Path unwritable = sys.resolve("review-lens-test").resolve("output");
    CliHarness.Result result =
        CliHarness.run(
            "--corpus",
            corpus.toString(),
            "--out",
            unwritable.toString(),
            "--cache",
            cache.toString(),
            "--no-progress");
    assertEquals(2, result.exitCode(), result.stderr());
    assertTrue(
        result
            .stderr()
            .startsWith("error: " + unwritable + ": cannot write the output folder here"),
        result.stderr());
    assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
  }

  /** The aggregate rows of character_tone.csv once used the review id ALL, and hid this review. */
  @Test
  void aReviewNamedAllKeepsItsRowsAndItsPlaceInTheChart() throws IOException {
    FaultCorpus.add(corpus, "ALL");
    CliHarness.Result result = run();
    assertEquals(0, result.exitCode(), result.stderr());
    List<CSVRecord> tone = table("character_tone");
    assertEquals(
        List.of("Ani", "Igor"),
        tone.stream()
            .filter(r -> r.get("review_id").equals("ALL"))
            .map(r -> r.get("character"))
            .toList());
    assertTrue(
        tone.stream()
            .filter(r -> r.get("review_id").equals("ALL"))
            .allMatch(r -> Integer.parseInt(r.get("sentences")) > 0));
    assertEquals(4 * 2, tone.size());
    assertEquals(
        List.of("Ani", "Igor"),
        table("character_tone_overall").stream().map(r -> r.get("character")).toList());
    String chart = Files.readString(out.resolve("charts/character_tone.html"));
    assertTrue(chart.contains("Ani in ALL: mean tone"), "the heatmap has a row for the review ALL");
    assertFalse(Files.exists(out.resolve(".staging")));
  }
}
