package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.cli.Run;

/** kill -9 in the middle of a run leaves the previous output byte-identical. */
@Tag("models")
class KillTest {
  private static Map<String, Long> checksums(Path dir) throws IOException {
    Map<String, Long> sums = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(Files.readAllBytes(p));
        sums.put(dir.relativize(p).toString(), crc.getValue());
      }
    }
    return sums;
  }

  @Test
  void killedRunLeavesPreviousOutputAndNextRunCleansUp() throws Exception {
    Path root = Files.createTempDirectory("kill");
    Path out = root.resolve("output");
    Path cache = root.resolve("cache");
    new Run(CorpusOutput.options(Path.of("corpus"), out, CorpusOutput.cache()), SharedPipeline::get).execute();
    Map<String, Long> before = checksums(out);

    Process run = new ProcessBuilder(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3500m",
                "-cp", System.getProperty("java.class.path"), "org.reviewlens.cli.ReviewLens",
                "--corpus", "corpus", "--out", out.toString(), "--cache", cache.toString(), "--no-progress"))
        .redirectErrorStream(true).redirectOutput(root.resolve("log.txt").toFile()).start();
    // Kill once CoreNLP is busy: after the models begin to load, well before the output is swapped.
    Thread.sleep(8_000);
    assertTrue(run.isAlive(), "the run ended before it could be killed: " + Files.readString(root.resolve("log.txt")));
    run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertEquals(137, run.exitValue(), "killed with SIGKILL");

    assertEquals(before, checksums(out), "the previous output is byte-identical");
    Files.createDirectories(root.resolve(".output.staging-stale")).resolve("half.csv").toFile().createNewFile();
    new Run(CorpusOutput.options(Path.of("corpus"), out, CorpusOutput.cache()), SharedPipeline::get).execute();
    try (Stream<Path> left = Files.list(root)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".output.")), "stale staging removed");
    }
    assertEquals(before, checksums(out));
  }
}
