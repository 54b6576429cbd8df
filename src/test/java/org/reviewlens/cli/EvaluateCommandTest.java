package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.analyse.MentionsTable;
import org.reviewlens.analyse.SentencesTable;

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

  /**
   * A column added to an output table once made evaluate refuse the run's own files ("unknown
   * column 'in_tone'"): the files here carry every column their tables write.
   */
  @Test
  void readsEveryColumnTheRunsOwnTablesWrite() throws IOException {
    Path out = Files.createDirectories(dir.resolve("film-y"));
    Files.writeString(
        out.resolve(MentionsTable.TABLE.fileName()),
        String.join(",", MentionsTable.TABLE.header()) + "\n" + "r,0,0,3,Ani,Ani,name,\n");
    List<String> header = SentencesTable.TABLE.header();
    List<String> row = new ArrayList<>();
    for (String column : header) {
      row.add(
          switch (column) {
            case "review_id" -> "r";
            case "char_begin", "sentence_index" -> "0";
            case "char_end" -> "15";
            case "text" -> "Ani meets Igor.";
            default -> "";
          });
    }
    Files.writeString(
        out.resolve(SentencesTable.TABLE.fileName()),
        String.join(",", header) + "\n" + String.join(",", row) + "\n");
    Path gold = dir.resolve("gold.csv");
    Files.writeString(gold, GOLD_HEADER + "r,0,3,Ani,Ani,name\nr,10,14,Igor,Igor,name\n");

    String printed =
        evaluate("evaluate", "--gold", gold.toString(), "--out", out.toString(), "--name", "y");

    assertTrue(printed.contains("- r @10 Igor → Igor (name): Ani meets [[Igor]]."), printed);
  }

  /**
   * A spreadsheet-safe run writes the review id "-r1" as "'-r1"; evaluate matched none of its
   * mentions against the gold.
   */
  @Test
  void undoesTheSpreadsheetSafeQuoteOfARunsCells() throws IOException {
    Path out = Files.createDirectories(dir.resolve("film-z"));
    Files.writeString(out.resolve("mentions.csv"), HEADER + "'-r1,0,0,3,Ani,Ani,name,\n");
    Path gold = dir.resolve("gold.csv");
    Files.writeString(gold, GOLD_HEADER + "-r1,0,3,Ani,Ani,name\n");

    String printed =
        evaluate("evaluate", "--gold", gold.toString(), "--out", out.toString(), "--name", "z");

    assertTrue(
        printed.contains("| z | name | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 | 0.0% |"), printed);
  }

  private static final String TONE_HEADER =
      "review_id,reviewer,sentences,mean_score,median_score,std,share_negative,share_neutral,"
          + "share_positive,verdict_sentences,verdict_score,judged_tone\n";

  private void toneRun(Path runs, String reviewId, double mean, double verdict) throws IOException {
    Path out = Files.createDirectories(runs.resolve(reviewId));
    Files.writeString(
        out.resolve("review_tone.csv"),
        TONE_HEADER
            + reviewId
            + ",critic,4,"
            + mean
            + ",0,0,0,0,0,2,"
            + verdict
            + ","
            + -verdict
            + "\n");
  }

  @Test
  void ranksTheToneScoresAgainstTheRatingsPerSplit() throws IOException {
    Path runs =
        fourRatedRuns(
            "review_id,split,rating,scale_max,film\n"
                + "a,dev,1,4,A\nb,dev,5,10,B\nc,dev,4,5,C\nd,test,4,4,D\n");
    Path ratings = dir.resolve("sources.csv");

    String printed =
        evaluate("evaluate", "--ratings", ratings.toString(), "--rated-runs", runs.toString());

    // judged_tone reverses verdict_score in these runs.
    assertTrue(printed.contains("| dev | 3 | 1 | 0.500 | -1.000 | 1.000 |"), printed);
    assertTrue(printed.contains("| all | 4 | 1 | 0.800 | -1.000 | 1.000 |"), printed);
    assertTrue(!printed.contains("| test |"), "a split of one review has no rank correlation");
  }

  @Test
  void frozenScoresTheFrozenSplitAloneWithoutOpeningTheOtherRuns() throws IOException {
    Path runs =
        fourRatedRuns(
            "review_id,split,rating,scale_max\na,frozen,1,4\nb,frozen,5,10\nc,frozen,4,5\n"
                + "d,dev,4,4\nmissing,dev,1,4\n");

    String printed =
        evaluate(
            "evaluate",
            "--ratings",
            dir.resolve("sources.csv").toString(),
            "--rated-runs",
            runs.toString(),
            "--frozen");

    assertTrue(printed.contains("| frozen | 3 | 1 | 0.500 | -1.000 | 1.000 |"), printed);
    assertTrue(!printed.contains("| dev |") && !printed.contains("| all |"), printed);
  }

  /**
   * Runs of four reviews a to d, whose verdict_score follows the ratings below exactly and whose
   * mean_score reverses the pair (a, b); and their ratings as {@code sources} gives them.
   */
  private Path fourRatedRuns(String sources) throws IOException {
    Path runs = dir.resolve("runs");
    toneRun(runs, "a", 0.2, -0.5);
    toneRun(runs, "b", -0.1, 0.1);
    toneRun(runs, "c", 0.3, 0.4);
    toneRun(runs, "d", 0.4, 0.6);
    Files.writeString(dir.resolve("sources.csv"), sources);
    return runs;
  }

  private Path fourRatedRuns() throws IOException {
    return fourRatedRuns(
        "review_id,split,rating,scale_max\na,dev,1,4\nb,dev,5,10\nc,dev,4,5\nd,dev,4,4\n");
  }

  @Test
  void ranksEachReadersBlindScoresBesideTheToneScores() throws IOException {
    Path runs = fourRatedRuns();
    Path readers = dir.resolve("readers.csv");
    // Reader "ann" orders the reviews as the ratings do; "bo" reverses them.
    Files.writeString(
        readers,
        "review_id,reader,score\na,ann,2\nb,ann,5\nc,ann,7\nd,ann,9\n"
            + "a,bo,9\nb,bo,7\nc,bo,5\nd,bo,2\n");

    String printed =
        evaluate(
            "evaluate",
            "--ratings",
            dir.resolve("sources.csv").toString(),
            "--rated-runs",
            runs.toString(),
            "--reader-scores",
            readers.toString());

    assertTrue(
        printed.contains(
            "| split | reviews | rated below the middle | mean_score | judged_tone | verdict_score"
                + " | reader ann | reader bo |"),
        printed);
    assertTrue(
        printed.contains("| dev | 4 | 1 | 0.800 | -1.000 | 1.000 | 1.000 | -1.000 |"), printed);
  }

  @Test
  void aReaderWhoLeavesAReviewUnscoredIsBadInputNamingTheFile() throws IOException {
    Path runs = fourRatedRuns();
    Path readers = dir.resolve("readers.csv");
    Files.writeString(readers, "review_id,reader,score\na,ann,2\nb,ann,5\nc,ann,7\n");

    CliHarness.Result result =
        CliHarness.run(
            "evaluate",
            "--ratings",
            dir.resolve("sources.csv").toString(),
            "--rated-runs",
            runs.toString(),
            "--reader-scores",
            readers.toString());

    assertEquals(ReviewLens.BAD_INPUT, result.exitCode());
    assertTrue(
        result.stderr().contains(readers + ": ann has no score for review 'd'"), result.stderr());
  }

  @Test
  void readerScoresWithoutRatingsIsAUsageError() {
    CliHarness.Result result = CliHarness.run("evaluate", "--reader-scores", "readers.csv");
    assertEquals(ReviewLens.BAD_INPUT, result.exitCode());
    assertTrue(result.stderr().contains("--reader-scores goes with --ratings"), result.stderr());
  }

  @Test
  void scoresTheSentenceRolesPerRoleWithTheConfusions() throws IOException {
    Path out = Files.createDirectories(dir.resolve("run"));
    Files.writeString(
        out.resolve("sentences.csv"),
        "review_id,sentence_index,char_begin,char_end,position,text,sentiment,sentiment_score,"
            + "dialogue,role,role_cue\n"
            + "r,0,0,10,0,It is dull.,Negative,-0.5,false,evaluation,evaluative word: dull\n"
            + "r,1,11,20,0.5,Ani runs.,Neutral,0,false,summary,story\n"
            + "r,2,21,30,1,I saw it.,Neutral,0,false,summary,story\n");
    Path gold = dir.resolve("roles.csv");
    Files.writeString(
        gold,
        "review_id,sentence_index,char_begin,char_end,role\n"
            + "r,0,0,10,evaluation\nr,1,11,20,summary\nr,2,21,30,context\n");

    String printed =
        evaluate("evaluate", "--roles", gold.toString(), "--roles-run", out.toString());

    assertTrue(printed.contains("accuracy 0.667 (2 of 3)"), printed);
    assertTrue(printed.contains("| summary | 1 | 2 | 1 | 0.500 | 1.000 | 0.667 |"), printed);
    assertTrue(printed.contains("| context | 1 | 0 | 0 | 1.000 | 0.000 | 0.000 |"), printed);
    assertTrue(printed.contains("| context | 0 | 1 | 0 |"), printed);
  }

  @Test
  void rolesAreReadFromAFolderOfRunFoldersOnePerFilm() throws IOException {
    String header =
        "review_id,sentence_index,char_begin,char_end,position,text,sentiment,sentiment_score,"
            + "dialogue,role,role_cue,judgement\n";
    Path runs = dir.resolve("runs");
    Files.writeString(
        Files.createDirectories(runs.resolve("a")).resolve("sentences.csv"),
        header
            + "a,0,0,10,0,It is dull.,Negative,-0.5,false,evaluation,evaluative word: dull,-1\n");
    Files.writeString(
        Files.createDirectories(runs.resolve("b")).resolve("sentences.csv"),
        header + "b,0,0,9,0,Ani runs.,Neutral,0,false,summary,story,0\n");
    Path gold = dir.resolve("roles.csv");
    Files.writeString(
        gold,
        "review_id,sentence_index,char_begin,char_end,role\n"
            + "a,0,0,10,evaluation\n"
            + "b,0,0,9,context\n");

    String printed =
        evaluate("evaluate", "--roles", gold.toString(), "--roles-run", runs.toString());

    assertTrue(printed.contains("accuracy 0.500 (1 of 2)"), printed);
  }

  @Test
  void aRatingAboveItsScaleIsBadInputNamingTheFileAndLine() throws IOException {
    Path ratings = dir.resolve("sources.csv");
    Files.writeString(ratings, "review_id,split,rating,scale_max\na,dev,5,4\n");
    CliHarness.Result result =
        CliHarness.run("evaluate", "--ratings", ratings.toString(), "--rated-runs", dir.toString());
    assertEquals(ReviewLens.BAD_INPUT, result.exitCode());
    assertTrue(
        result.stderr().contains(ratings + ":2: rating must lie between 0 and scale_max"),
        result.stderr());
  }

  @Test
  void ratingsWithoutRunsIsAUsageError() {
    CliHarness.Result result = CliHarness.run("evaluate", "--ratings", "x.csv");
    assertEquals(ReviewLens.BAD_INPUT, result.exitCode());
    assertTrue(result.stderr().contains("--ratings and --rated-runs go together"), result.stderr());
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
