package org.reviewlens.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.corpus.InputException;

/** The frozen split of the rated reviews is read as such, and kept out of every figure. */
class RatedSplitsTest {
  @TempDir Path dir;

  private Path ratings(String... rows) throws IOException {
    return Files.writeString(
        dir.resolve("more.csv"),
        "review_id,split,rating,scale_max\n" + String.join("\n", rows) + "\n");
  }

  /** A run folder for one review, with the two tone scores. */
  private void run(String id, double mean, double verdict) throws IOException {
    Path out = Files.createDirectories(dir.resolve("runs").resolve(id));
    Files.writeString(
        out.resolve("review_tone.csv"),
        "review_id,reviewer,sentences,mean_score,median_score,std,share_negative,share_neutral,"
            + "share_positive,verdict_sentences,verdict_score,judged_tone\n"
            + id
            + ","
            + id
            + ",5,"
            + mean
            + ",0,0,0,0,0,2,"
            + verdict
            + ","
            + verdict
            + "\n");
  }

  @Test
  void aSplitOtherThanDevTestOrFrozenIsRefusedNamingTheLine() throws IOException {
    Path file = ratings("a,dev,1,5", "b,later,2,5");
    assertEquals(
        file + ":3: split must be dev, test or frozen, got 'later'",
        assertThrows(InputException.class, () -> RatingsFile.read(file)).getMessage());
  }

  @Test
  void frozenReviewsAreNeitherReadNorCounted() throws IOException {
    Path file = ratings("a,dev,1,5", "b,dev,3,5", "c,dev,5,5", "z,frozen,4,5");
    List<RatedReview> rated = RatingsFile.read(file);
    assertEquals(
        List.of("dev", "dev", "dev", "frozen"), rated.stream().map(RatedReview::split).toList());
    run("a", -0.5, -0.4);
    run("b", 0.0, 0.1);
    run("c", 0.5, 0.6);
    // No run for "z": a frozen review's output is never opened.
    List<RankAgreement.Result> results = RankAgreement.of(rated, dir.resolve("runs"));
    assertEquals(List.of("dev", "all"), results.stream().map(RankAgreement.Result::split).toList());
    assertEquals(3, results.get(1).reviews());
    assertEquals(1.0, results.get(0).spearman().get("mean_score"), 1e-9);
  }
}
