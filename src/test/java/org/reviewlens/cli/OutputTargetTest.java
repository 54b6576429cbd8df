package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.report.OutputTarget;

/**
 * An {@code --out} that a run must not replace is refused before any work (exit 2), and every file
 * of the corpus, the cache and the user's other folders is still there, byte for byte. A run once
 * replaced whatever folder {@code --out} named, the corpus included.
 */
class OutputTargetTest {
  @TempDir Path dir;
  private Path corpus;
  private Path cache;
  private Map<String, String> before;

  @BeforeEach
  void aCorpusACacheAndAFolderOfTheUsersOwn() throws IOException {
    corpus = CliHarness.corpus(dir.resolve("work/corpus"));
    cache = Files.createDirectories(dir.resolve("work/cache"));
    Files.writeString(cache.resolve("entry.ser.gz"), "an entry");
    Path documents = Files.createDirectories(dir.resolve("work/documents"));
    Files.writeString(documents.resolve("letter.txt"), "Dear reader,\n");
    before = CliHarness.snapshot(dir);
  }

  /** Runs with this --out; it must be refused, naming --out, and nothing anywhere may change. */
  private String refused(Path out) throws IOException {
    return refused(out, cache);
  }

  private String refused(Path out, Path cacheDir) throws IOException {
    CliHarness.Result result =
        CliHarness.run(
            "--corpus",
            corpus.toString(),
            "--cache",
            cacheDir.toString(),
            "--out",
            out.toString(),
            "--no-progress");
    assertEquals(2, result.exitCode(), result.stderr());
    String line = result.stderr().strip();
    assertFalse(line.contains("\n"), "one line: " + line);
    assertTrue(line.contains("--out "), line);
    assertEquals(before, CliHarness.snapshot(dir), "every file is still there, byte for byte");
    assertEquals(List.of(), lockFiles(), "no lock file is left or made");
    return line;
  }

  private List<String> lockFiles() throws IOException {
    try (var walk = Files.walk(dir)) {
      return walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lock")).toList();
    }
  }

  @Test
  void theCorpusFolderItselfIsRefused() throws IOException {
    assertTrue(refused(corpus).contains("is the corpus folder"));
  }

  @Test
  void aFolderHoldingTheCorpusIsRefused() throws IOException {
    assertTrue(refused(dir.resolve("work")).contains("holds the corpus folder"));
  }

  @Test
  void aFolderInsideTheCorpusIsRefused() throws IOException {
    assertTrue(refused(corpus.resolve("reviews/out")).contains("is inside the corpus folder"));
  }

  @Test
  void theCorpusUnderAnotherNameIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link-to-work"), dir.resolve("work"));
    before = CliHarness.snapshot(dir);
    assertTrue(refused(link.resolve("corpus")).contains("is the corpus folder"));
  }

  @Test
  void theCacheOrAFolderHoldingItIsRefused() throws IOException {
    assertTrue(refused(cache).contains("is the annotation cache"));
    Path cacheInside = dir.resolve("work/documents/cache");
    String line = refused(dir.resolve("work/documents"), cacheInside);
    assertTrue(line.contains("holds the annotation cache"), line);
  }

  @Test
  void anExistingFolderOfTheUsersOwnIsRefused() throws IOException {
    String line = refused(dir.resolve("work/documents"));
    assertTrue(line.contains("holds files that are not a review-lens output"), line);
  }

  @Test
  void theRootIsRefused() throws IOException {
    assertTrue(refused(Path.of("/")).contains("is the root folder"));
  }

  @Test
  void aFileIsRefused() throws IOException {
    assertTrue(refused(dir.resolve("work/documents/letter.txt")).contains("is a file"));
  }

  @Test
  void aSymbolicLinkIsRefused() throws IOException {
    Path out = Files.createDirectories(dir.resolve("real-out"));
    Files.writeString(out.resolve(OutputTarget.MARKER), "");
    Path link = Files.createSymbolicLink(dir.resolve("out-link"), out);
    before = CliHarness.snapshot(dir);
    assertTrue(refused(link).contains("is a symbolic link"));
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
  }

  /** A mount point cannot be renamed: the run once failed only at the end, "resource busy". */
  @Test
  void aMountPointIsRefusedBeforeAnyWork() throws Exception {
    Path mount = Files.createDirectories(dir.resolve("volume"));
    assumeTrue(run("mount", "-t", "tmpfs", "none", mount.toString()), "needs root to mount");
    try {
      Files.writeString(mount.resolve(OutputTarget.MARKER), "");
      before = CliHarness.snapshot(dir);
      String line = refused(mount);
      assertTrue(line.contains("is a mount point"), line);
      assertTrue(line.contains(mount.resolve("review-lens").toString()), "says what to use");
    } finally {
      run("umount", mount.toString());
    }
  }

  @Test
  void anEmptyFolderAnEarlierOutputAndANewFolderAreAccepted() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path earlier = Files.createDirectories(dir.resolve("earlier"));
    Files.writeString(earlier.resolve(OutputTarget.MARKER), "");
    Files.writeString(earlier.resolve("mentions.csv"), "old");
    Path legacy = Files.createDirectories(dir.resolve("legacy"));
    Files.writeString(legacy.resolve("run_report.txt"), "review-lens 0.1\nreviews analysed: 4\n");
    for (Path out : List.of(empty, earlier, legacy, dir.resolve("new/out"))) {
      OutputTarget.check(out, corpus, Optional.of(cache));
    }
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  /** A fresh clone's output/ holds its README and the marker, and must stay a run's to replace. */
  @Test
  void theRepositorysOwnOutputFolderIsAccepted() {
    assertTrue(
        Files.isRegularFile(Path.of("output", OutputTarget.MARKER)), "the marker is tracked");
    OutputTarget.check(Path.of("output"), Path.of("corpus"), Optional.of(Path.of(".cache")));
  }

  /**
   * ".." was tidied away before links were followed: "link/../cache" named another folder than the
   * one the run opens, so a cache inside --out passed the check.
   */
  @Test
  void aCachePathThroughALinkAndDotDotIsResolvedAsTheSystemOpensIt() throws IOException {
    Path earlier = Files.createDirectories(dir.resolve("scratch/data"));
    Files.writeString(earlier.resolve(OutputTarget.MARKER), "");
    Path x = Files.createDirectories(earlier.resolve("x"));
    Files.createDirectories(dir.resolve("scratch/w"));
    Path link = Files.createSymbolicLink(dir.resolve("scratch/w/link"), x);
    before = CliHarness.snapshot(dir);
    String line = refused(earlier, link.resolve("../cache"));
    assertTrue(line.contains("holds the annotation cache"), line);
  }

  /** A bind mount of the same device has the same file store as its parent, but is a mount. */
  @Test
  void aBindMountIsRefusedToo() throws Exception {
    Path source = Files.createDirectories(dir.resolve("source"));
    Path mount = Files.createDirectories(dir.resolve("bound"));
    assumeTrue(run("mount", "--bind", source.toString(), mount.toString()), "needs root");
    try {
      before = CliHarness.snapshot(dir);
      assertTrue(refused(mount).contains("is a mount point"));
    } finally {
      run("umount", mount.toString());
    }
  }
}
