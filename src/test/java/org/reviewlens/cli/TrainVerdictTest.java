package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train verdict} refuses bad input by name, and never reads the frozen split. */
class TrainVerdictTest {
  @TempDir Path dir;

  private Path ratings(String rows) throws IOException {
    return Files.writeString(
        dir.resolve("rated.csv"), "review_id,split,rating,scale_max,film,year\n" + rows);
  }

  /** {@code train verdict --cross-validate} in two folds, with a cache of its own. */
  private CliHarness.Result crossValidate(Path ratings, Path texts) {
    return CliHarness.run(
        "train",
        "verdict",
        "--ratings",
        ratings.toString(),
        "--texts",
        texts.toString(),
        "--cross-validate",
        "--folds",
        "2",
        "--cache",
        dir.resolve("cache").toString());
  }

  @Test
  void aMissingTextIsBadInputNamingTheFile() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Path file = ratings("a,dev,1,4,A,2001\nb,dev,3,4,B,2002\n");
    CliHarness.Result result = crossValidate(file, texts);
    assertEquals(ReviewLens.BAD_INPUT, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains(texts.resolve("a.txt").toString()), result.stderr());
    assertTrue(result.stderr().contains("missing"), result.stderr());
  }

  @Test
  void theFrozenSplitIsNeverReadNotEvenItsTexts() throws IOException {
    // Frozen rows without texts: reading one would fail on its missing text first.
    Path file = ratings("a,frozen,1,4,A,2001\nb,frozen,3,4,B,2002\nc,dev,2,4,C,2003\n");
    CliHarness.Result result = crossValidate(file, dir);
    assertEquals(ReviewLens.BAD_INPUT, result.exitCode(), result.stderr());
    assertTrue(
        result
            .stderr()
            .contains("outside the frozen split, at least one per fold (2); the files" + " give 1"),
        result.stderr());
    assertFalse(result.stderr().contains("a.txt"), result.stderr());
  }
}
