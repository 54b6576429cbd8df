package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.cli.CliHarness;

/**
 * What a run prints when its console is a pipe, as in CI or a redirected log. It runs in a JVM of
 * its own, because only a real process has a console that is, or is not, a terminal.
 */
@Tag("models")
class ConsoleTest {
  @TempDir Path dir;

  @Test
  void aRunIntoAPipeDrawsNoProgressBarAndEndsWithTheFileToOpen() throws Exception {
    Path corpus = CliHarness.corpus(dir.resolve("corpus"));
    Path out = dir.resolve("out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JvmOptions.mainJob());
    // The progress bar is not turned off: the run must see for itself that it writes to a pipe.
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "org.reviewlens.cli.ReviewLens",
            "--corpus",
            corpus.toString(),
            "--out",
            out.toString(),
            "--cache",
            dir.resolve("cache").toString()));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String console = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, run.waitFor(), console);
    assertFalse(console.contains("\r"), "a carriage return: " + console);
    assertFalse(console.contains("\u001b"), "an escape code: " + console);
    assertTrue(
        console.contains("Loading the CoreNLP models: usually 10 to 30 s, once per run"), console);
    assertTrue(console.contains("Analysed 1 review (0 from cache) and 2 characters in "), console);
    assertTrue(
        console.endsWith("Open " + out.toAbsolutePath().resolve("index.html") + " in a browser.\n"),
        console);
  }
}
