package org.reviewlens.extract.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Names;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.DependencyParse;
import org.reviewlens.extract.NameSpan;
import org.reviewlens.extract.names.NameFinder;
import org.reviewlens.integration.SharedPipeline;

/**
 * Each title cue on sentences written for this test, parsed by the real CoreNLP pipeline: an
 * invented film, "Hester", named after its heroine Hester Vane, played by Clara Mott.
 */
@Tag("models")
class TitleCueTest {
  private static final Cast CAST =
      new Cast(
          List.of(
              new Character(
                  "Hester",
                  List.of("Hester", "Hester Vane", "Vane"),
                  "Clara Mott",
                  List.of("Clara Mott", "Mott"),
                  Gender.FEMALE),
              new Character(
                  "Tobias",
                  List.of("Tobias"),
                  "Ned Fallow",
                  List.of("Ned Fallow", "Fallow"),
                  Gender.MALE)));
  private static final Film FILM =
      new Film("Hester", 2031, "Paul Reyes", List.of("Paul Reyes", "Reyes"), Gender.MALE);

  /**
   * Each sentence, with the cue that must read its first bare "Hester" and the reading it must
   * give.
   */
  private static final Map<String, Expected> CASES = new LinkedHashMap<>();

  private record Expected(TitleCue cue, TitleReading reading) {}

  private static void add(String sentence, TitleCue cue, TitleReading reading) {
    CASES.put(sentence, new Expected(cue, reading));
  }

  static {
    add(
        "We first see Hester (Clara Mott) at the harbour.",
        TitleCue.ACTOR_CREDIT,
        TitleReading.CHARACTER);
    add("Clara Mott plays Hester with great care.", TitleCue.ACTOR_CREDIT, TitleReading.CHARACTER);
    add(
        "Hester, or Hester Vane to her mother, keeps a diary.",
        TitleCue.OWN_NAME_IN_APPOSITION,
        TitleReading.CHARACTER);
    add(
        "Tobias and Hester row across the bay.",
        TitleCue.COORDINATED_WITH_A_CHARACTER,
        TitleReading.CHARACTER);
    add("I finally caught “Hester” at a late show.", TitleCue.QUOTED, TitleReading.FILM);
    add("Nobody expected HESTER to sell out the festival.", TitleCue.CAPITALS, TitleReading.FILM);
    add("Hester Movie Review", TitleCue.HEADING, TitleReading.FILM);
    add("Our verdict on Hester (2031) comes at the end.", TitleCue.YEAR_AFTER, TitleReading.FILM);
    add("Paul Reyes’s Hester takes its time.", TitleCue.DIRECTOR_POSSESSIVE, TitleReading.FILM);
    add("The film Hester opened the festival.", TitleCue.NOUN_BESIDE, TitleReading.FILM);
    add(
        "The seamstress Hester sews through the night.",
        TitleCue.NOUN_BESIDE,
        TitleReading.CHARACTER);
    add("Hester's father never forgives her.", TitleCue.POSSESSED_NOUN, TitleReading.CHARACTER);
    add("Hester's screenplay is tight.", TitleCue.POSSESSED_NOUN, TitleReading.FILM);
    add("The ending of Hester left the audience quiet.", TitleCue.OF_NOUN, TitleReading.FILM);
    add("My rating for Hester stays at four stars.", TitleCue.OF_NOUN, TitleReading.FILM);
    add("Mott has never been better than in Hester.", TitleCue.PREPOSITION, TitleReading.FILM);
    add("His quarrel with Hester grows bitter.", TitleCue.PREPOSITION, TitleReading.CHARACTER);
    add(
        "Hester tells the truth at last, and then she leaves.",
        TitleCue.PRONOUN_IN_ITS_CLAUSE,
        TitleReading.CHARACTER);
    add("He is Hester in every frame.", TitleCue.PREDICATE_OF_A_PERSON, TitleReading.CHARACTER);
    add(
        "Everyone fears the Hester of the ballads.",
        TitleCue.DEFINITE_ARTICLE,
        TitleReading.CHARACTER);
    add("Hester, in theaters Friday, is worth the trip.", TitleCue.IN_THEATRES, TitleReading.FILM);
    add("Hester decides to stay.", TitleCue.SUBJECT_OF_A_VERB, TitleReading.CHARACTER);
    add("Hester premiered at Venice.", TitleCue.SUBJECT_OF_A_VERB, TitleReading.FILM);
    add("Hester was directed on a shoestring.", TitleCue.SUBJECT_OF_A_VERB, TitleReading.FILM);
    add("Hester forces the audience to wait.", TitleCue.SUBJECT_OF_A_VERB, TitleReading.FILM);
    add("Hester is a quiet masterpiece.", TitleCue.PREDICATE, TitleReading.FILM);
    add("Hester is pregnant.", TitleCue.PREDICATE, TitleReading.CHARACTER);
    add("I watched Hester twice.", TitleCue.OBJECT_OF_A_VERB, TitleReading.FILM);
    add("Tobias meets Hester at the market.", TitleCue.OBJECT_OF_A_VERB, TitleReading.CHARACTER);
    add("Somehow Hester keeps its nerve.", TitleCue.ITS_NEARBY, TitleReading.FILM);
  }

  private static final String NO_CUE = "Hester is everything.";
  private static final String RELATIVE = "Hester, who never raises her voice, sells the ring.";

  private static final Map<String, AnnotatedReview> PARSED = new LinkedHashMap<>();

  @BeforeAll
  static void parseEverySentence() {
    List<Review> reviews = new ArrayList<>();
    int i = 0;
    List<String> sentences = new ArrayList<>(CASES.keySet());
    sentences.add(NO_CUE);
    sentences.add(RELATIVE);
    for (String sentence : sentences) {
      String id = "s" + i++;
      reviews.add(new Review(id, sentence, ReviewMetadata.defaultFor(id)));
    }
    Map<String, AnnotatedReview> annotated = SharedPipeline.annotate(reviews);
    for (Review r : reviews) {
      PARSED.put(r.text(), annotated.get(r.id()));
    }
  }

  private static TitleOccurrence occurrence(String text) {
    List<NameSpan> spans = new NameFinder(CAST, FILM).find(text);
    NameSpan title =
        spans.stream()
            .filter(s -> Names.key(text.substring(s.begin(), s.end())).equals("hester"))
            .findFirst()
            .orElseThrow();
    AnnotatedReview parsed = PARSED.get(text);
    DependencyParse parse = new DependencyParse(parsed.tokens());
    return new TitleOccurrence(
        text,
        title,
        spans,
        parse,
        parse.headOf(title.begin(), title.end()),
        parsed.chains(),
        "Hester",
        FILM.directorAliases(),
        new TitleOccurrence.NameStyle(false, false));
  }

  /** The parse, for the failure message: word/tag/relation>head. */
  private static String parseOf(String sentence) {
    return PARSED.get(sentence).tokens().stream()
        .map(t -> t.word() + "/" + t.pos() + "/" + t.relation() + ">" + t.head())
        .collect(java.util.stream.Collectors.joining(" ", "[", "]"));
  }

  @Test
  void eachCueReadsItsOwnSentence() {
    List<String> wrong = new ArrayList<>();
    CASES.forEach(
        (sentence, expected) -> {
          Optional<TitleReading> reading = expected.cue().read(occurrence(sentence));
          if (!reading.equals(Optional.of(expected.reading()))) {
            wrong.add(
                expected.cue() + " read " + reading + " in: " + sentence + " " + parseOf(sentence));
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void theFirstCueInOrderDecides() {
    List<String> wrong = new ArrayList<>();
    CASES.forEach(
        (sentence, expected) -> {
          Optional<TitleReading> reading = TitleContext.firstCue(occurrence(sentence));
          if (!reading.equals(Optional.of(expected.reading()))) {
            wrong.add("read " + reading + " in: " + sentence + " " + parseOf(sentence));
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void aSentenceWithNoCueIsLeftToTheReviewsHabit() {
    assertEquals(Optional.empty(), TitleContext.firstCue(occurrence(NO_CUE)));
  }

  @Test
  void noFeatureHoldsTheTitlesOwnLetters() {
    List<String> leaks = new ArrayList<>();
    for (String sentence : CASES.keySet()) {
      TitleContext.of(List.of(occurrence(sentence)), 0).get(0).stream()
          .filter(f -> f.toLowerCase(java.util.Locale.ROOT).contains("hester"))
          .forEach(f -> leaks.add(f + " in: " + sentence));
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void aRelativeClauseOnWhoIsAFeature() {
    List<String> features = TitleContext.of(List.of(occurrence(RELATIVE)), 0).get(0);
    assertTrue(features.contains("relative=who"), features + " " + parseOf(RELATIVE));
    assertTrue(features.contains("sentence_has=personal_pronoun"), features.toString());
  }
}
