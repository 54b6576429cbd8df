package org.reviewlens.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.SentenceAnnotation;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.FakeNer;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.MentionKind;
import org.reviewlens.extract.NameSpan;
import org.reviewlens.extract.ReviewExtractor;
import org.reviewlens.extract.SentenceLocator;

class DirectingActorTest {
  private static final Cast CAST =
      new Cast(
          List.of(
              new Character(
                  "Walter Pike",
                  List.of("Walter Pike", "Walter"),
                  "Ray Dunmore",
                  List.of("Ray Dunmore", "Dunmore"),
                  Gender.MALE),
              new Character(
                  "Edna Pike",
                  List.of("Edna Pike", "Edna"),
                  "Lucy Vane",
                  List.of("Lucy Vane", "Vane"),
                  Gender.FEMALE)));
  private static final Film FILM =
      new Film(
          "The Tin Lamp", 2001, "Ray Dunmore", List.of("Ray Dunmore", "Dunmore"), Gender.MALE, "");

  /** For each use of the actor-director's name, whether it stands for the performance. */
  private static List<Boolean> performances(String text) {
    List<NameSpan> spans = new NameFinder(CAST, FILM).find(text);
    DirectingActor actor = new DirectingActor(FILM);
    SentenceLocator locator = SentenceLocator.of(sentences(text));
    return spans.stream()
        .filter(s -> actor.isDirectorsName(text, s))
        .map(s -> actor.meansThePerformance(text, s, spans, locator))
        .toList();
  }

  /** One sentence per stretch of text ending in a full stop. */
  private static List<SentenceAnnotation> sentences(String text) {
    List<SentenceAnnotation> sentences = new ArrayList<>();
    Matcher m = Pattern.compile("[^.]+\\.?").matcher(text);
    List<Double> flat = List.of(0.2, 0.2, 0.2, 0.2, 0.2);
    while (m.find()) {
      int begin = m.start() + (m.group().length() - m.group().stripLeading().length());
      sentences.add(new SentenceAnnotation(sentences.size(), begin, m.end(), "Neutral", flat));
    }
    return sentences;
  }

  @Test
  void theNameInParenthesesAfterTheCharacterIsThePerformance() {
    assertEquals(
        List.of(true), performances("Her father, Walter Pike (Ray Dunmore), sells lamps."));
  }

  @Test
  void theNameBesideAnotherActorIsThePerformance() {
    assertEquals(List.of(true), performances("Dunmore and Vane clearly enjoy their roles."));
  }

  @Test
  void thePossessiveBeforeTheCharactersNameIsThePerformance() {
    assertEquals(List.of(true), performances("Dunmore's Walter is a crook."));
  }

  @Test
  void thePossessiveBeforeAnythingElseIsTheDirection() {
    assertEquals(
        List.of(false, false),
        performances("Dunmore's eye for comedy suits the book. Ray Dunmore's staging is brisk."));
  }

  @Test
  void theNameAloneInItsSentenceIsTheDirection() {
    assertEquals(
        List.of(false, true),
        performances("I would say Dunmore keeps it moving. Edna (Dunmore's wife) shines."));
  }

  @Test
  void anActorWhoDidNotDirectIsNeverAsked() {
    assertEquals(List.of(), performances("Vane's timing is a joy."));
  }

  @Test
  void theExtractorCountsOnlyThePerformanceAsTheActor() {
    String text = "Walter Pike (Ray Dunmore) sells lamps, and Dunmore's eye for comedy is sharp.";
    List<Mention> actors =
        new ReviewExtractor(CAST, FILM)
                .extract(
                    new Review("r1", text, ReviewMetadata.defaultFor("r1")),
                    FakeNer.annotate("r1", text, Set.of("Walter", "Pike", "Ray", "Dunmore")))
                .mentions()
                .stream()
                .filter(m -> m.kind() == MentionKind.ACTOR)
                .toList();
    assertEquals(List.of("Ray Dunmore"), actors.stream().map(Mention::surface).toList());
  }
}
