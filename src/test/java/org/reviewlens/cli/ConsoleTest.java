package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run prints when its console is not a terminal, as in CI or a redirected log. */
@Tag("models")
class ConsoleTest {
  @TempDir Path dir;

  @Test
  void aRunOutsideATerminalDrawsNoProgressBarAndEndsWithTheFileToOpen() throws Exception {
    Path corpus = CliHarness.corpus(dir.resolve("corpus"));
    Path out = dir.resolve("out");

    // The progress bar is not turned off: the run must see for itself that stderr is no terminal.
    CliHarness.Result result =
        CliHarness.run(
            "--corpus",
            corpus.toString(),
            "--out",
            out.toString(),
            "--cache",
            dir.resolve("cache").toString());

    String console = result.stderr();
    assertEquals(0, result.exitCode(), console);
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
