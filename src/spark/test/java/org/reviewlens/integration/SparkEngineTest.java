package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.cli.CliHarness;

/**
 * The Spark engine on a real multi-JVM cluster on this machine ({@code local-cluster}: executors in
 * their own JVMs, started by this one): the same files as the local engine, even when an executor
 * is killed mid-run.
 */
@Tag("spark")
class SparkEngineTest {
  private static final String MASTER = "local-cluster[2,1,4096]";

  @TempDir Path root;

  @BeforeAll
  static void fakeSparkHome() throws IOException {
    // The Worker launches executors from $SPARK_HOME/jars; the class path comes from the driver.
    Files.createDirectories(Path.of(System.getenv("SPARK_HOME"), "jars"));
  }

  private CliHarness.Result spark(Path out, Path cache) {
    return CliHarness.run(
        "--engine",
        "spark",
        "--master",
        MASTER,
        "--corpus",
        "corpus",
        "--out",
        out.toString(),
        "--cache",
        cache.toString(),
        "--no-progress",
        "--csv-plain");
  }

  /** The local engine's output of the corpus, written with the same options. */
  private Path local() throws IOException {
    Path out = root.resolve("local");
    CliHarness.Result result =
        CliHarness.run(
            "--corpus",
            "corpus",
            "--out",
            out.toString(),
            "--cache",
            CorpusOutput.cache().toString(),
            "--no-progress",
            "--csv-plain");
    assertEquals(0, result.exitCode(), result.stderr());
    return out;
  }

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(p -> p.toString().endsWith(".ser.gz")).toList();
    }
  }

  @Test
  void aLocalClusterWritesTheSameFilesAsTheLocalEngine() throws IOException {
    Map<String, String> expected = CliHarness.snapshot(local());
    Path cache = root.resolve("cache");
    CliHarness.Result result = spark(root.resolve("spark"), cache);
    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(expected, CliHarness.snapshot(root.resolve("spark")));
    assertEquals(4, CacheCheck.validEntries(cache));
  }

  @Test
  void aKilledExecutorCostsTimeButChangesNothing() throws Exception {
    Map<String, String> expected = CliHarness.snapshot(local());
    Path cache = root.resolve("cache");
    Path out = root.resolve("spark");
    CompletableFuture<CliHarness.Result> run =
        CompletableFuture.supplyAsync(() -> spark(out, cache));
    ProcessHandle executor = busyExecutor(cache, run);
    long pid = executor.pid();
    assertTrue(executor.destroyForcibly(), "kill -9 of executor " + pid);
    executor.onExit().get(30, TimeUnit.SECONDS);
    assertTrue(entries(cache).size() < 4, "killed before the last review was annotated");

    CliHarness.Result result = run.get(10, TimeUnit.MINUTES);
    assertEquals(0, result.exitCode(), result.stderr());
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    assertEquals(expected, CliHarness.snapshot(out));
    assertEquals(4, CacheCheck.validEntries(cache), "every entry whole, none partial");
  }

  /** A process's command line; ProcessHandle.Info leaves out a command line as long as Spark's. */
  private static String commandLine(ProcessHandle process) {
    try {
      return new String(
          Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")));
    } catch (IOException gone) {
      return "";
    }
  }

  /**
   * An executor of this JVM's cluster, once the first review is cached: the models are loaded and
   * the executors are at work on the others.
   */
  private static ProcessHandle busyExecutor(Path cache, CompletableFuture<CliHarness.Result> run)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline && !run.isDone()) {
      if (Files.isDirectory(cache) && !entries(cache).isEmpty()) {
        Optional<ProcessHandle> executor =
            ProcessHandle.current()
                .descendants()
                .filter(p -> commandLine(p).contains("CoarseGrainedExecutorBackend"))
                .findFirst();
        if (executor.isPresent()) {
          return executor.get();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "no busy executor to kill; children: "
            + ProcessHandle.current().descendants().map(ProcessHandle::pid).toList()
            + "; the run: "
            + (run.isDone() ? run.join().exitCode() + " " + run.join().stderr() : "still running"));
  }
}
