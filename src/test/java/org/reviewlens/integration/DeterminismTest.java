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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.AnnotationSettings;
import org.reviewlens.annotate.CoreNlpPipeline;
import org.reviewlens.cli.Run;
import org.reviewlens.cli.RunOptions;

/** One thread or two, the outputs are byte-identical. */
@Tag("models")
class DeterminismTest {
  @Test
  void oneThreadAndTwoThreadsWriteIdenticalFiles() throws IOException {
    Path twoThreads = CorpusOutput.get();
    AnnotationSettings oneThread = AnnotationSettings.builder().threads(1).build();
    assertEquals(
        2, AnnotationSettings.builder().build().threads(), "the shared run used two threads");
    Path out = Files.createTempDirectory("one-thread").resolve("output");
    RunOptions base = CorpusOutput.options(Path.of("corpus"), out, Path.of("unused"));
    RunOptions options =
        new RunOptions(
            base.corpus(), out, Optional.empty(), oneThread, base.tone(), base.csv(), false);
    new Run(options, () -> new CoreNlpPipeline(oneThread)).execute();
    try (Stream<Path> files = Files.walk(twoThreads)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path twin = out.resolve(twoThreads.relativize(file).toString());
        assertEquals(-1L, Files.mismatch(file, twin), "differs: " + twoThreads.relativize(file));
      }
    }
    assertFalse(Files.readString(out.resolve("mentions.csv")).isEmpty());
  }

  /**
   * The evidence JSON in index.html once took its key order from Map.of, which each JVM orders its
   * own way: runs in one JVM agreed, runs in two did not.
   */
  @Test
  void twoRunsInSeparateJvmsWriteByteIdenticalFolders() throws Exception {
    Path cache = CorpusOutput.cache();
    Path root = Files.createTempDirectory("two-jvms");
    List<Path> outs = List.of(root.resolve("first"), root.resolve("second"));
    for (Path out : outs) {
      Path log = root.resolve(out.getFileName() + ".log");
      int exit =
          ChildRun.toTheEnd(
              log,
              "--corpus",
              "corpus",
              "--out",
              out.toString(),
              "--cache",
              cache.toString(),
              "--no-progress");
      assertEquals(0, exit, Files.readString(log));
    }
    Map<String, Path> first = files(outs.get(0));
    Map<String, Path> second = files(outs.get(1));
    assertEquals(first.keySet(), second.keySet());
    assertTrue(first.containsKey("index.html"));
    for (String name : first.keySet()) {
      assertEquals(-1L, Files.mismatch(first.get(name), second.get(name)), "differs: " + name);
    }
  }

  private static Map<String, Path> files(Path dir) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(f -> files.put(dir.relativize(f).toString(), f));
    }
    return files;
  }
}
