package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.cli.CliHarness;
import org.reviewlens.cli.Run;
import org.reviewlens.fault.FaultPoint;

/**
 * {@code kill -9} at each named fault point of a run, in a child JVM: the previous output stays
 * byte-identical (or the new one is complete), the cache stays valid, and the next run succeeds.
 *
 * <p>Each test starts from the output of a run on two reviews; the killed run has two more.
 */
@Tag("models")
class KillTest {
  @TempDir Path root;
  private Path corpus;
  private Path out;
  private Path cache;
  private Map<String, String> before;

  @BeforeEach
  void previousRunOnTwoReviews() throws IOException {
    corpus = FaultCorpus.write(root.resolve("corpus"), "alpha", "beta");
    out = root.resolve("output");
    cache = root.resolve("cache");
    run(out);
    before = CliHarness.snapshot(out);
    assertTrue(before.containsKey("reviews.csv"));
    FaultCorpus.add(corpus, "gamma", "delta");
  }

  private Run.Outcome run(Path target) throws IOException {
    return new Run(CorpusOutput.options(corpus, target, cache), SharedPipeline::get).execute();
  }

  /**
   * A child run that pauses at the k-th arrival at the point. It annotates one review at a time, so
   * that no other worker finishes a review while it waits.
   */
  private ChildRun childPausingAt(FaultPoint point, int k) throws IOException {
    return ChildRun.pausingAt(
        point,
        k,
        root,
        "--corpus",
        corpus.toString(),
        "--out",
        out.toString(),
        "--cache",
        cache.toString(),
        "--no-progress",
        "--threads",
        "1");
  }

  private int validCacheEntries() throws IOException {
    return CacheCheck.validEntries(cache);
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

  private void nextRunSucceedsWithAllFourReviews(int expectedFromCache) throws IOException {
    Run.Outcome next = run(out);
    assertEquals(4, next.report().reviews());
    assertEquals(expectedFromCache, next.report().fromCache());
    assertTrue(next.report().skipped().isEmpty());
    assertEquals(List.of(".output.lock"), beside(), "no staging or retired folder is left");
    assertEquals(4, validCacheEntries());
  }

  /**
   * Paused after one of the two new reviews is annotated, the run holds the folder: a second run is
   * refused and touches nothing. Killed there, it keeps the review it annotated in the cache.
   */
  @Test
  void aRunKilledAfterOneReviewIsAnnotatedLosesNothingAndKeepsThatReview() throws Exception {
    ChildRun child = childPausingAt(FaultPoint.ANNOTATED, 1);
    try {
      child.awaitPoint();
      List<String> staged = beside();
      CliHarness.Result second =
          CliHarness.run(
              "--corpus",
              corpus.toString(),
              "--out",
              out.toString(),
              "--cache",
              cache.toString(),
              "--no-progress");
      assertEquals(2, second.exitCode(), second.stderr());
      assertTrue(
          second.stderr().contains("another review-lens run is writing this folder (process "),
          second.stderr());
      assertEquals(staged, beside(), "the second run left the first run's staging folder alone");
      child.killWhenReached();
    } finally {
      child.destroy();
    }
    assertEquals(before, CliHarness.snapshot(out), "the previous output is byte-identical");
    assertEquals(
        3, validCacheEntries(), "the two old reviews and the one annotated before the kill");
    nextRunSucceedsWithAllFourReviews(3);
  }

  @Test
  void aRunKilledWhileACacheEntryIsWrittenLeavesNoEntryForIt() throws Exception {
    ChildRun child = childPausingAt(FaultPoint.CACHE_WRITE, 1);
    try {
      child.killWhenReached();
    } finally {
      child.destroy();
    }
    assertEquals(before, CliHarness.snapshot(out));
    assertEquals(2, validCacheEntries(), "the half-written entry never took a real key");
    nextRunSucceedsWithAllFourReviews(2);
  }

  @Test
  void aRunKilledWhileTablesAreWrittenLeavesThePreviousOutput() throws Exception {
    run(root.resolve("warm"));
    ChildRun child = childPausingAt(FaultPoint.TABLE_WRITTEN, 3);
    try {
      child.killWhenReached();
    } finally {
      child.destroy();
    }
    assertEquals(before, CliHarness.snapshot(out));
    assertTrue(
        beside().stream().anyMatch(n -> n.startsWith(".output.staging-")),
        "the killed run's staging folder");
    nextRunSucceedsWithAllFourReviews(4);
  }

  @Test
  void aRunKilledBetweenTheRenamesHasItsPreviousOutputRestoredByTheNextRun() throws Exception {
    run(root.resolve("warm"));
    ChildRun child = childPausingAt(FaultPoint.BETWEEN_RENAMES, 1);
    try {
      child.killWhenReached();
    } finally {
      child.destroy();
    }
    assertFalse(Files.exists(out), "killed with --out moved aside");
    Path retired =
        root.resolve(
            beside().stream()
                .filter(n -> n.startsWith(".output.retired-"))
                .findFirst()
                .orElseThrow());
    assertEquals(
        before,
        CliHarness.snapshot(retired),
        "the previous output, byte-identical, waits beside it");
    nextRunSucceedsWithAllFourReviews(4);
  }
}
