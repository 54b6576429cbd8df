package org.reviewlens.analyse;

import java.util.List;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.corpus.SkippedReview;
import org.reviewlens.extract.Entity;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.MentionKind;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.Word;
import org.reviewlens.extract.people.Person;
import org.reviewlens.extract.people.SuggestedCast;
import org.reviewlens.extract.quotes.Quote;
import org.reviewlens.extract.quotes.QuoteKind;
import org.reviewlens.extract.references.Reference;
import org.reviewlens.extract.roles.SentenceRole;

/** A small run made by hand, with no models: two reviews of the project's own sentences. */
public final class HandMadeRun {
  private HandMadeRun() {}

  private static Sentence sentence(
      int i, String text, String label, double score, SentenceRole role) {
    return new Sentence(
        i,
        i * 40,
        i * 40 + text.length(),
        (i + 0.5) / 3,
        text,
        label,
        score,
        List.of(),
        false,
        role,
        "hand-made",
        0);
  }

  static ExtractedReview first() {
    return new ExtractedReview(
        "first",
        new ReviewMetadata(
            "Rita", "The Daily", "A night out", "2024-10-01", "https://example.org/a"),
        30,
        List.of(
            sentence(0, "Ani meets Igor at the club.", "Neutral", 0.0, SentenceRole.SUMMARY),
            sentence(1, "She laughs at him, \"Go home\".", "Positive", 0.5, SentenceRole.SUMMARY),
            sentence(2, "Anora is a delight.", "Very positive", 0.9, SentenceRole.EVALUATION)),
        List.of(new Entity(0, 0, 3, "Ani", "PERSON"), new Entity(0, 10, 14, "Igor", "PERSON")),
        List.of(new Quote(0, 60, 69, "\"Go home\"", "Ani", QuoteKind.DIALOGUE, "Ani")),
        List.of(
            new Mention(0, 0, 3, "Ani", "Ani", MentionKind.NAME, ""),
            new Mention(0, 10, 14, "Igor", "Igor", MentionKind.NAME, ""),
            new Mention(1, 40, 43, "She", "Ani", MentionKind.PRONOUN, ""),
            new Mention(2, 80, 85, "Anora", "Ani", MentionKind.FILM_TITLE, "")),
        List.of(
            new Word(0, 4, 9, "meet", "VBZ"),
            new Word(0, 22, 26, "club", "NN"),
            new Word(2, 91, 98, "delight", "NN")),
        List.of(new Reference(Reference.Kind.PLACE, "Brighton Beach", 1)));
  }

  static ExtractedReview second() {
    return new ExtractedReview(
        "second",
        new ReviewMetadata("Sam", "", "", "", ""),
        20,
        List.of(
            sentence(0, "Igor waits in the car.", "Negative", -0.5, SentenceRole.SUMMARY),
            sentence(1, "He is patient and kind.", "Positive", 0.5, SentenceRole.SUMMARY)),
        List.of(new Entity(0, 0, 4, "Igor", "PERSON")),
        List.of(),
        List.of(
            new Mention(0, 0, 4, "Igor", "Igor", MentionKind.NAME, ""),
            new Mention(1, 40, 42, "He", "Igor", MentionKind.PRONOUN, "")),
        List.of(
            new Word(0, 5, 10, "wait", "VBZ"),
            new Word(0, 18, 21, "car", "NN"),
            new Word(1, 53, 57, "kind", "JJ")),
        List.of(new Reference(Reference.Kind.PLACE, "Brighton Beach", 2)));
  }

  /** The input of the analyses: both reviews, one skipped review, the cast Ani and Igor. */
  public static AnalysisInput input() {
    Cast cast =
        new Cast(
            List.of(
                new Character(
                    "Ani",
                    List.of("Ani", "Anora"),
                    "Mikey Madison",
                    List.of("Madison"),
                    Gender.FEMALE),
                new Character(
                    "Igor", List.of("Igor"), "Yura Borisov", List.of("Borisov"), Gender.MALE)));
    SuggestedCast suggested =
        new SuggestedCast(
            cast,
            java.util.Map.of("Ani", "high", "Igor", "medium"),
            java.util.Map.of("Ani", "named by the title", "Igor", "named 3 times"),
            List.of(
                new Person(
                    "Sean Baker",
                    List.of("Sean Baker", "Baker"),
                    Person.Role.DIRECTOR,
                    "",
                    "directed by")));
    return new AnalysisInput(
        List.of(first(), second()),
        List.of(new SkippedReview("empty", ReviewMetadata.defaultFor("empty"), "empty file")),
        cast.names(),
        suggested,
        ToneOptions.builder().bins(2).build());
  }

  /**
   * The texts of both reviews, each sentence at its offsets and spaces between, for the pages that
   * show the text.
   */
  public static java.util.Map<String, String> texts() {
    java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (ExtractedReview review : List.of(first(), second())) {
      StringBuilder text = new StringBuilder();
      for (Sentence s : review.sentences()) {
        text.append(" ".repeat(s.charBegin() - text.length())).append(s.text());
      }
      texts.put(review.reviewId(), text.toString());
    }
    return texts;
  }
}
