package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
}
