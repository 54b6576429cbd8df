package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.cli.CliHarness;

/**
 * {@code evaluate} on the main job's own output, as the README's tour, "Check it on your film",
 * does. A column added to sentences.csv once made evaluate refuse it, and no test ran the two
 * together.
 */
@Tag("models")
class EvaluateOnARunTest {
  @Test
  void evaluateReadsTheMainJobsOutputAndScoresTheAnoraGold() throws IOException {
    Path out = Files.createTempDirectory("evaluate-run").resolve("output");
    CliHarness.Result run =
        CliHarness.run(
            "--corpus",
            "corpus",
            "--out",
            out.toString(),
            "--cache",
            CorpusOutput.cache().toString(),
            "--no-progress");
    assertEquals(0, run.exitCode(), run.stderr());

    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    CliHarness.Result evaluated;
    try {
      evaluated =
          CliHarness.run(
              "evaluate",
              "--gold",
              "devset/films/anora/gold.csv",
              "--out",
              out.toString(),
              "--name",
              "anora");
    } finally {
      System.setOut(original);
    }
    String report = printed.toString(StandardCharsets.UTF_8);
    assertEquals(0, evaluated.exitCode(), evaluated.stderr());
    assertTrue(report.contains("| anora | name |"), report);
  }
}
