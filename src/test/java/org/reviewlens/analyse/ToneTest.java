package org.reviewlens.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.analyse.verdict.VerdictModel;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.MentionKind;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.people.SuggestedCast;
import org.reviewlens.extract.roles.SentenceRole;
import tech.tablesaw.api.Table;

class ToneTest {
  private static Sentence sentence(
      int i, double score, String label, boolean dialogue, SentenceRole role) {
    return new Sentence(
        i, i * 10, i * 10 + 9, 0, "s" + i, label, score, List.of(), dialogue, role, "hand-made", 0);
  }

  private static ExtractedReview review() {
    List<Sentence> sentences = new ArrayList<>();
    sentences.add(sentence(0, 0.5, "Positive", false, SentenceRole.SUMMARY));
    sentences.add(sentence(1, -0.5, "Negative", false, SentenceRole.EVALUATION));
    sentences.add(sentence(2, 0.0, "Neutral", false, SentenceRole.CONTEXT));
    sentences.add(sentence(3, -1.0, "Very negative", true, SentenceRole.SUMMARY));
    sentences.add(sentence(4, 0.4, "Positive", false, SentenceRole.EVALUATION));
    List<Mention> mentions =
        List.of(
            new Mention(0, 0, 3, "Ani", "Ani", MentionKind.NAME, ""),
            new Mention(1, 10, 13, "she", "Ani", MentionKind.PRONOUN, ""),
            new Mention(1, 14, 17, "Ani", "Ani", MentionKind.NAME, ""),
            new Mention(3, 30, 33, "Ani", "Ani", MentionKind.SPEAKER_LABEL, ""),
            new Mention(4, 40, 45, "Anora", "Ani", MentionKind.FILM_TITLE, ""));
    return new ExtractedReview(
        "r",
        new ReviewMetadata("Rita", "", "", "", ""),
        100,
        sentences,
        List.of(),
        List.of(),
        mentions,
        List.of(),
        List.of());
  }

  private static Table run(Analysis analysis, ToneOptions options) {
    return analysis.compute(
        new AnalysisInput(
            List.of(review()), List.of(), List.of("Ani"), SuggestedCast.none(), options));
  }

  private static Table run(Analysis analysis) {
    return run(analysis, ToneOptions.builder().build());
  }

  @Test
  void reviewToneLeavesDialogueOutByDefault() {
    Table t = run(new ReviewTone());
    assertEquals(4, t.intColumn("sentences").get(0));
    assertEquals(0.1, t.doubleColumn("mean_score").get(0), 1e-12);
    assertEquals(0.2, t.doubleColumn("median_score").get(0), 1e-12);
    assertEquals(0.25, t.doubleColumn("share_negative").get(0), 1e-12);
    assertEquals(0.25, t.doubleColumn("share_neutral").get(0), 1e-12);
    assertEquals(0.5, t.doubleColumn("share_positive").get(0), 1e-12);
    assertEquals(2, t.intColumn("verdict_sentences").get(0));
    assertEquals(-0.05, t.doubleColumn("judged_tone").get(0), 1e-12);
    List<Sentence> all = review().sentences();
    List<Sentence> voice = all.stream().filter(s -> !s.dialogue()).toList();
    VerdictModel model = VerdictModel.builtIn();
    assertEquals(
        model.read(voice, List.of()).score(), t.doubleColumn("verdict_score").get(0), 1e-12);
    assertNotEquals(
        model.read(all, List.of()).score(),
        t.doubleColumn("verdict_score").get(0),
        "the dialogue line is not read");
  }

  @Test
  void reviewToneCanIncludeDialogue() {
    Table t = run(new ReviewTone(), ToneOptions.builder().includeDialogue(true).build());
    assertEquals(5, t.intColumn("sentences").get(0));
    assertEquals(-0.12, t.doubleColumn("mean_score").get(0), 1e-12);
  }

  @Test
  void sentencesSayWhichOnesTheToneReads() {
    Table byDefault = run(new SentencesTable());
    assertEquals(
        List.of(true, true, true, false, true),
        SentencesTable.IN_TONE.of(byDefault).asList(),
        "the dialogue line (sentence 3) is left out of the tone");
    Table withDialogue =
        run(new SentencesTable(), ToneOptions.builder().includeDialogue(true).build());
    assertEquals(
        List.of(true, true, true, true, true), SentencesTable.IN_TONE.of(withDialogue).asList());
  }

  @Test
  void characterToneCountsSentencesWithAnyMentionButNotFilmTitles() {
    Table t = run(new CharacterTone());
    assertEquals(List.of("r"), t.stringColumn("review_id").asList());
    assertEquals(2, t.intColumn("sentences").get(0));
    assertEquals(0.0, t.doubleColumn("mean_score").get(0), 1e-12);
    assertEquals("s0", t.stringColumn("most_positive_sentence").get(0));
    assertEquals("s1", t.stringColumn("most_negative_sentence").get(0));
  }

  @Test
  void theToneArcCountsTheRolesOfEachBinsSentences() {
    Table t = run(new ToneArc());
    assertEquals(
        List.of(0, 0, 0, 1, 0, 0, 0, 0, 1, 0), t.intColumn("evaluation_sentences").asList());
    assertEquals(List.of(0, 1, 0, 0, 0, 0, 0, 0, 0, 0), t.intColumn("summary_sentences").asList());
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 1, 0, 0, 0), t.intColumn("context_sentences").asList());
  }

  @Test
  void aCharactersVerdictReadsOnlyTheEvaluationSentencesThatMentionIt() {
    Table t = run(new CharacterTone());
    assertEquals(1, t.intColumn("verdict_sentences").get(0));
    // Ani is in sentences 0 (summary), 1 (evaluation) and 3 (dialogue): only 1 judges her.
    assertEquals(
        VerdictModel.builtIn().read(List.of(review().sentences().get(1)), List.of()).score(),
        t.doubleColumn("verdict_score").get(0),
        1e-12);
  }

  /** The aggregate rows once used the review id ALL, which a review named ALL.txt also has. */
  @Test
  void theOverallToneOfACharacterIsATableOfItsOwnWithNoReviewId() {
    Table perReview = run(new CharacterTone());
    Table overall = run(new CharacterToneOverall());
    assertEquals(
        List.of(
            "character",
            "sentences",
            "mean_score",
            "ci_low",
            "ci_high",
            "verdict_sentences",
            "verdict_score",
            "most_positive_sentence",
            "most_negative_sentence"),
        overall.columnNames());
    assertEquals(List.of("Ani"), overall.stringColumn("character").asList());
    assertEquals(perReview.intColumn("sentences").get(0), overall.intColumn("sentences").get(0));
    assertEquals(
        perReview.doubleColumn("mean_score").get(0),
        overall.doubleColumn("mean_score").get(0),
        1e-12);
  }

  @Test
  void toneArcHasOneRowPerBinWithCentredPositions() {
    Table t = run(new ToneArc(), ToneOptions.builder().bins(2).build());
    assertEquals(2, t.rowCount());
    assertEquals(0.25, t.doubleColumn("position").get(0), 1e-12);
    assertEquals(0.75, t.doubleColumn("position").get(1), 1e-12);
    // voice scores 0.5, -0.5, 0.0, 0.4 at centres 0.125, 0.375, 0.625, 0.875
    assertEquals(2, t.intColumn("sentences").get(0));
    assertEquals(0.0, t.doubleColumn("mean_score").get(0), 1e-12);
    assertEquals(0.2, t.doubleColumn("mean_score").get(1), 1e-12);
  }

  @Test
  void shortReviewsKeepFewerFrequencies() {
    ToneOptions options = ToneOptions.builder().build();
    assertEquals(4, options.componentsFor(45));
    assertEquals(5, options.componentsFor(147));
    assertEquals(2, options.componentsFor(12));
    assertEquals(1, options.componentsFor(1));
  }
}
