package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.report.OutputTarget;

/** Fatal input problems: exit code 2, one line naming the file, nothing changed in --out. */
class BadInputTest {
  @TempDir Path dir;
  private Path corpus;
  private Path out;
  private Map<String, String> before;

  @BeforeEach
  void previousOutput() throws IOException {
    corpus = CliHarness.corpus(dir.resolve("corpus"));
    out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("reviews.csv"), "previous run\n");
    Files.writeString(out.resolve(OutputTarget.MARKER), "");
    before = CliHarness.snapshot(out);
  }

  private String fails(String... args) throws IOException {
    CliHarness.Result result = CliHarness.run(args);
    assertEquals(2, result.exitCode(), result.stderr());
    String[] lines = result.stderr().strip().split("\n");
    assertEquals(1, lines.length, "one line, no stack trace: " + result.stderr());
    assertFalse(result.stderr().contains("\tat "), result.stderr());
    assertEquals(before, CliHarness.snapshot(out), "--out is untouched");
    return lines[0];
  }

  private String failsOnCorpus() throws IOException {
    return fails(
        "--corpus",
        corpus.toString(),
        "--out",
        out.toString(),
        "--cache",
        dir.resolve("cache").toString(),
        "--no-progress");
  }

  @Test
  void missingCorpusDirectory() throws IOException {
    String line = fails("--corpus", dir.resolve("nowhere").toString(), "--out", out.toString());
    assertTrue(line.contains("nowhere") && line.contains("missing corpus directory"), line);
  }

  /** Bad input once left a lock file behind, and created --out's parent folders. */
  @Test
  void badInputCreatesNoFolderAndNoLockFile() throws IOException {
    Path nested = dir.resolve("new/parent/out");
    CliHarness.Result result =
        CliHarness.run("--corpus", dir.resolve("nowhere").toString(), "--out", nested.toString());
    assertEquals(2, result.exitCode(), result.stderr());
    assertFalse(Files.exists(dir.resolve("new")), "no parent of --out is made");
    try (var files = Files.list(dir)) {
      assertTrue(
          files.noneMatch(f -> f.getFileName().toString().endsWith(".lock")), "no lock file");
    }
  }

  @Test
  void emptyCorpusDirectory() throws IOException {
    Files.delete(corpus.resolve("reviews/good.txt"));
    assertTrue(failsOnCorpus().contains("empty corpus"));
  }

  @Test
  void unbalancedQuoteInReviewsCsv() throws IOException {
    Files.writeString(corpus.resolve("reviews.csv"), "review_id,reviewer\ngood,\"Alice\n");
    assertTrue(failsOnCorpus().contains("reviews.csv"));
  }

  @Test
  void missingHeaderInReviewsCsv() throws IOException {
    Files.writeString(corpus.resolve("reviews.csv"), "good,Alice\n");
    String line = failsOnCorpus();
    assertTrue(line.contains("reviews.csv:1"), line);
  }

  @Test
  void duplicateIdInReviewsCsv() throws IOException {
    Files.writeString(corpus.resolve("reviews.csv"), "review_id,reviewer\ngood,Alice\ngood,Bob\n");
    assertTrue(failsOnCorpus().contains("reviews.csv:3: duplicate review id 'good'"));
  }

  @Test
  void rowWithoutText() throws IOException {
    Files.writeString(
        corpus.resolve("reviews.csv"), "review_id,reviewer\ngood,Alice\nmissing,Bob\n");
    assertTrue(failsOnCorpus().contains("reviews.csv:3: no text for review 'missing'"));
  }

  @Test
  void aliasClaimedTwice() throws IOException {
    Files.writeString(
        corpus.resolve("cast.csv"),
        "character,aliases,actor,actor_aliases,gender\nAni,Ani,,,female\nAnya,Ani,,,female\n");
    assertTrue(failsOnCorpus().contains("cast.csv:3: alias 'Ani' is claimed by both Ani and Anya"));
  }

  /** An alias "-" was once an internal error, and "." matched every full stop. */
  @Test
  void anAliasWithoutALetterIsBadInput() throws IOException {
    Files.writeString(
        corpus.resolve("cast.csv"),
        "character,aliases,actor,actor_aliases,gender\nAni,Ani,,,female\nIgor,Igor|-,,,male\n");
    String line = failsOnCorpus();
    assertTrue(line.contains("cast.csv:3: alias '-' has no letter"), line);
  }

  /** The same character twice once exited 0 with every row of two outputs doubled. */
  @Test
  void aCharacterListedTwiceIsBadInput() throws IOException {
    Files.writeString(
        corpus.resolve("cast.csv"),
        "character,aliases,actor,actor_aliases,gender\n"
            + "Ani,Ani,,,female\nIgor,Igor,,,male\nAni,Ani|Anora,,,female\n");
    String line = failsOnCorpus();
    assertTrue(line.contains("cast.csv:4: duplicate character 'Ani' (first on line 2)"), line);
  }

  /** A column named twice was once "line 2: expected 6 fields, found 6". */
  @Test
  void aDuplicatedColumnIsBadInputNamingTheHeaderLine() throws IOException {
    Files.writeString(
        corpus.resolve("cast.csv"), "character,aliases,aliases\nAni,Ani,Anora\nIgor,Igor,Igor\n");
    String line = failsOnCorpus();
    assertTrue(line.contains("cast.csv:1: duplicate column 'aliases'"), line);
  }

  @Test
  void illegalReviewId() throws IOException {
    Files.writeString(corpus.resolve("reviews/bad id.txt"), "Ani.");
    assertTrue(failsOnCorpus().contains("illegal review id 'bad id'"));
  }

  /** "use only letters" misled for a name made of letters, such as café. */
  @Test
  void aNonAsciiReviewIdAsksForAsciiLetters() throws IOException {
    Path cafe;
    try {
      cafe = corpus.resolve("reviews/café.txt");
    } catch (InvalidPathException e) {
      abort("this JVM's file names are not Unicode: " + e.getMessage());
      return;
    }
    Files.writeString(cafe, "Ani.");
    String line = failsOnCorpus();
    assertTrue(
        line.contains("illegal review id 'café': use only ASCII letters, digits, '-' and '_'"),
        line);
  }

  @Test
  void unknownOption() throws IOException {
    CliHarness.Result result = CliHarness.run("--bogus");
    assertEquals(2, result.exitCode());
    assertEquals(before, CliHarness.snapshot(out));
  }

  /** A thread count below one was once an IllegalArgumentException deep in the settings. */
  @Test
  void aThreadOrBinCountBelowOneIsBadUsage() throws IOException {
    for (String option : new String[] {"--threads", "--bins"}) {
      CliHarness.Result result =
          CliHarness.run("--corpus", corpus.toString(), "--out", out.toString(), option, "0");
      assertEquals(2, result.exitCode(), result.stderr());
      assertTrue(
          result.stderr().startsWith(option + " must be at least 1, got 0"), result.stderr());
      assertEquals(before, CliHarness.snapshot(out));
    }
  }

  @Test
  void helpAndVersionSucceed() {
    assertEquals(0, CliHarness.run("--help").exitCode());
    assertEquals(0, CliHarness.run("--version").exitCode());
  }

  @Test
  void runIsTheMainJobsOptionalName() {
    CliHarness.Result run = CliHarness.run("run", "--corpus", "no-such-corpus");
    CliHarness.Result bare = CliHarness.run("--corpus", "no-such-corpus");
    assertEquals(2, run.exitCode(), run.stderr());
    assertEquals(bare.stderr(), run.stderr());
    assertEquals(0, CliHarness.run("run", "--help").exitCode());
  }
}
