package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review-lens batch PLAN}: many commands in one JVM. */
class BatchTest {
  @TempDir Path dir;

  private static final String MENTIONS =
      "review_id,sentence_index,char_begin,char_end,surface,character,kind,variant\n"
          + "r,0,0,3,Ani,Ani,name,\n";
  private static final String GOLD =
      "review_id,char_begin,char_end,surface,character,kind\nr,0,3,Ani,Ani,name\n";

  private String evaluateLine(String film) throws IOException {
    Path out = Files.createDirectories(dir.resolve(film));
    Files.writeString(out.resolve("mentions.csv"), MENTIONS);
    Files.writeString(out.resolve("gold.csv"), GOLD);
    return String.join(
        "\t",
        "evaluate",
        "--summary",
        "--gold",
        out.resolve("gold.csv").toString(),
        "--out",
        out.toString(),
        "--name",
        film);
  }

  @Test
  void runsEveryLineInTurnAndSkipsCommentsAndBlankLines() throws IOException {
    Path plan = dir.resolve("plan.tsv");
    Files.writeString(
        plan, "# two films\n" + evaluateLine("first") + "\n\n" + evaluateLine("second") + "\n");
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    CliHarness.Result result;
    try {
      result = CliHarness.run("batch", plan.toString());
    } finally {
      System.setOut(original);
    }
    assertEquals(0, result.exitCode(), result.stderr());
    String report = printed.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("| first | name | 1 | 1 | 1 |"), report);
    assertTrue(report.contains("| second | name | 1 | 1 | 1 |"), report);
    assertTrue(result.stderr().contains("plan.tsv:2: review-lens evaluate"), result.stderr());
    assertTrue(result.stderr().contains("plan.tsv:4: review-lens evaluate"), result.stderr());
  }

  @Test
  void aFailingLineDoesNotStopTheOthersAndSetsTheExitCode() throws IOException {
    Path plan = dir.resolve("plan.tsv");
    Files.writeString(
        plan,
        "--corpus\t"
            + dir.resolve("nowhere")
            + "\t--out\t"
            + dir.resolve("out")
            + "\n"
            + evaluateLine("after")
            + "\n");
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    CliHarness.Result result;
    try {
      result = CliHarness.run("batch", plan.toString());
    } finally {
      System.setOut(original);
    }
    assertEquals(2, result.exitCode(), "bad input on line 1: " + result.stderr());
    assertTrue(result.stderr().contains("missing corpus directory"), result.stderr());
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("| after | name |"));
  }

  @Test
  void theWorstExitCodeWins() {
    assertEquals(1, Batch.worse(3, 1));
    assertEquals(2, Batch.worse(2, 3));
    assertEquals(3, Batch.worse(0, 3));
    assertEquals(0, Batch.worse(0, 0));
  }

  @Test
  void aPlanThatRunsABatchIsRefused() throws IOException {
    Path plan = dir.resolve("plan.tsv");
    Files.writeString(plan, "batch\t" + plan + "\n");
    CliHarness.Result result = CliHarness.run("batch", plan.toString());
    assertEquals(2, result.exitCode());
    assertTrue(result.stderr().contains("plan.tsv:1: a plan cannot run another batch"));
  }

  /**
   * Only a first word "batch" was refused: "--verbose batch PLAN" recursed until the stack broke.
   */
  @Test
  void aPlanThatRunsABatchBehindAnOptionIsRefusedToo() throws IOException {
    Path plan = dir.resolve("plan.tsv");
    Files.writeString(plan, "--verbose\tbatch\t" + plan + "\n");
    CliHarness.Result result = CliHarness.run("batch", plan.toString());
    assertEquals(2, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("a plan cannot run another batch"), result.stderr());
  }
}
