package org.reviewlens.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.MentionKind;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.Word;
import org.reviewlens.extract.roles.SentenceRole;
import tech.tablesaw.api.Table;

/** Exact values of the comparison tables on a tiny hand-made corpus. */
class ComparisonTest {
  /** A: good ×2, film ×1. B: bad ×1, film ×1. */
  private static Map<String, Map<String, Integer>> corpus() {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    counts.put("A", Map.of("good", 2, "film", 1));
    counts.put("B", Map.of("bad", 1, "film", 1));
    return counts;
  }

  @Test
  void weightedLogOddsWithInformativePriorMatchesHandComputation() {
    Table t = DistinctiveTerms.table(corpus());
    // A vs B, prior = corpus counts (good 2, film 2, bad 1; a0 = 5), n_A = 3, n_B = 2:
    // good: (ln(4/4) - ln(2/5)) / sqrt(1/4 + 1/2) = 1.058041
    // film: (ln(3/5) - ln(3/4)) / sqrt(1/3 + 1/3) = -0.273294
    assertEquals(List.of("A", "A", "B", "B"), t.stringColumn("review_id").asList());
    assertEquals(List.of("good", "film", "bad", "film"), t.stringColumn("term").asList());
    assertEquals(1.0580414014, t.doubleColumn("z_score").get(0), 1e-9);
    assertEquals(-0.2732939201, t.doubleColumn("z_score").get(1), 1e-9);
    assertEquals(0.8406807338, t.doubleColumn("z_score").get(2), 1e-9);
    assertEquals(2, t.intColumn("count").get(0));
  }

  @Test
  void tfIdfCosineMatchesHandComputation() {
    Table t = Similarity.table(corpus());
    // idf(good) = idf(bad) = ln(3/2) + 1, idf(film) = 1; cos = 1 / (|A| |B|) = 0.194314
    assertEquals(1, t.rowCount());
    assertEquals("A", t.stringColumn("review_a").get(0));
    assertEquals("B", t.stringColumn("review_b").get(0));
    assertEquals(0.1943143402, t.doubleColumn("similarity").get(0), 1e-9);
  }

  @Test
  void identicalVocabulariesAreFullySimilar() {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    counts.put("A", Map.of("good", 1));
    counts.put("B", Map.of("good", 3));
    assertEquals(1.0, Similarity.table(counts).doubleColumn("similarity").get(0), 1e-12);
  }

  @Test
  void termsKeepContentLemmasAndDropNamesAndAuxiliaries() {
    List<Word> words =
        List.of(
            new Word(0, 0, 3, "Ani", "NNP"),
            new Word(0, 4, 6, "be", "VBZ"),
            new Word(0, 7, 8, "a", "DT"),
            new Word(0, 9, 14, "great", "JJ"),
            new Word(0, 15, 21, "dancer", "NN"),
            new Word(0, 21, 22, ".", "."));
    List<Mention> mentions = List.of(new Mention(0, 0, 3, "Ani", "Ani", MentionKind.NAME, ""));
    ExtractedReview r =
        new ExtractedReview(
            "r",
            ReviewMetadata.defaultFor("r"),
            6,
            List.of(
                new Sentence(
                    0,
                    0,
                    22,
                    0,
                    "Ani is a great dancer.",
                    "Positive",
                    0.5,
                    List.of(0.0, 0.0, 0.5, 0.5, 0.0),
                    false,
                    SentenceRole.SUMMARY,
                    "story",
                    0)),
            List.of(),
            List.of(),
            mentions,
            words,
            List.of());
    assertEquals(Map.of("great", 1, "dancer", 1), Terms.counts(r));
    Table kwic = Kwic.table(List.of(r));
    assertEquals("", kwic.stringColumn("left").get(0));
    assertEquals("Ani", kwic.stringColumn("mention").get(0));
    assertEquals(" is a great dancer.", kwic.stringColumn("right").get(0));
  }
}
