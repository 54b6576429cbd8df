package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluate subcommand, end to end, on a run output and a gold file written by hand. */
class EvaluateCommandTest {
  @TempDir Path dir;

  private static final String HEADER =
      "review_id,sentence_index,char_begin,char_end,surface,character,kind,variant\n";
  private static final String GOLD_HEADER =
      "review_id,char_begin,char_end,surface,character,kind\n";

  private String evaluate(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, ReviewLens.run(args));
      return captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void printsPerKindFiguresAndListsTheMissesInContext() throws IOException {
    Path out = Files.createDirectories(dir.resolve("film-x"));
    Files.writeString(
        out.resolve("mentions.csv"), HEADER + "r,0,0,3,Ani,Ani,name,\nr,0,10,14,Igor,Igor,name,\n");
    Files.writeString(
        out.resolve("sentences.csv"),
        "review_id,sentence_index,char_begin,char_end,position,text,sentiment,sentiment_score,dialogue\n"
            + "r,0,0,28,0,Ani meets Igor and Toros.,Neutral,0,false\n");
    Path gold = dir.resolve("gold.csv");
    Files.writeString(
        gold,
        GOLD_HEADER + "r,0,3,Ani,Ani,name\nr,10,14,Igor,Igor,name\nr,19,24,Toros,Toros,name\n");

    String printed =
        evaluate("evaluate", "--gold", gold.toString(), "--out", out.toString(), "--name", "x");

    assertTrue(
        printed.contains("| x | name | 3 | 2 | 2 | 1.000 | 0.667 | 0.800 | 33.3% |"), printed);
    assertTrue(
        printed.contains("- r @19 Toros → Toros (name): Ani meets Igor and [[Toros]]."), printed);
  }

  @Test
  void aMalformedGoldFileIsBadInputNamingTheFile() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("mentions.csv"), HEADER);
    Path gold = dir.resolve("gold.csv");
    Files.writeString(gold, GOLD_HEADER + "r,zero,3,Ani,Ani,name\n");
    CliHarness.Result result =
        CliHarness.run("evaluate", "--gold", gold.toString(), "--out", out.toString());
    assertEquals(ReviewLens.BAD_INPUT, result.exitCode());
    assertTrue(
        result.stderr().contains(gold + ":2: char_begin is not a whole number"), result.stderr());
  }
}
