package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviews that must be skipped (exit code 3, named in the report and reviews.csv) or processed
 * correctly, with the real models.
 */
@Tag("models")
class DifficultReviewsTest {
  @TempDir Path dir;

  @Test
  void badReviewsAreSkippedAndNamedWhileTheRestFinish() throws Exception {
    Path corpus = CliHarness.corpus(dir.resolve("corpus"));
    Path reviews = corpus.resolve("reviews");
    Files.writeString(reviews.resolve("blank.txt"), "  \n\t\n");
    Files.write(
        reviews.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(reviews.resolve("huge.txt"), "Ani dances. ".repeat(90_000));
    Files.write(
        reviews.resolve("word.txt"),
        "Anora “Ani” Mikheeva’s smile is a revelation.\n"
            .getBytes(Charset.forName("windows-1252")));
    Files.write(
        reviews.resolve("bom.txt"), "\uFEFFIgor waits for Ani.\n".getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        reviews.resolve("runon.txt"), "Ani " + "and Igor dance ".repeat(666) + "until dawn.\n");
    Path out = dir.resolve("out");

    CliHarness.Result result =
        CliHarness.run(
            "--corpus",
            corpus.toString(),
            "--out",
            out.toString(),
            "--cache",
            dir.resolve("cache").toString(),
            "--no-progress",
            "--csv-plain");

    assertEquals(3, result.exitCode(), result.stderr());
    for (String skipped : List.of("blank: empty", "binary: binary", "huge: too large")) {
      assertTrue(result.stderr().contains("skipped " + skipped), result.stderr());
      assertTrue(Files.readString(out.resolve("run_report.txt")).contains("skipped " + skipped));
    }
    String reviewsCsv = Files.readString(out.resolve("reviews.csv"));
    assertTrue(
        reviewsCsv.contains("binary,binary,,,,,0,0,skipped,\"binary content, not text\""),
        reviewsCsv);
    String report = Files.readString(out.resolve("run_report.txt"));
    assertTrue(report.contains("word.txt: not valid UTF-8; decoded as Windows-1252"), report);
    assertTrue(
        result.stderr().contains("more warnings in"),
        "the console shows the first warnings only: " + result.stderr());

    String mentions = Files.readString(out.resolve("mentions.csv"));
    assertTrue(mentions.contains("word,0,0,11,Anora “Ani”,Ani,name,"), mentions);
    assertTrue(
        mentions.contains("bom,0,15,18,Ani,Ani,name,"),
        "offsets ignore the byte-order mark: " + mentions);
    String sentences = Files.readString(out.resolve("sentences.csv"));
    assertTrue(
        sentences.lines().anyMatch(l -> l.startsWith("runon,0,0,")),
        "the 2,000-token sentence is annotated");
  }
}
