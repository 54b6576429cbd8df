package org.reviewlens.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.ReviewMetadata;
import org.reviewlens.extract.FakeNer;

/**
 * Each cue of cast discovery on reviews written for this test, of an invented film "Mara" by Ola
 * Brandt. NER is stood in for: the words in {@link #PERSON_WORDS} are PERSON, and runs of them are
 * PERSON entities.
 */
class CastDiscoveryCuesTest {
  private static final Set<String> PERSON_WORDS =
      Set.of(
          "Mara",
          "Lind",
          "Tomas",
          "Vera",
          "Dorn",
          "Hal",
          "Ibsen",
          "Beethoven",
          "Kit",
          "Reed",
          "Nina",
          "Petrovska",
          "Petrovskaya",
          "Ola",
          "Brandt",
          "Greta",
          "Holm",
          "Lena",
          "Moss",
          "Fay",
          "Wray",
          "Kim",
          "Minjun",
          "Park",
          "Seoyeon");
  private static final Film FILM =
      new Film("Mara", 2030, "Ola Brandt", List.of("Ola Brandt", "Brandt"), Gender.FEMALE);

  private static AnnotatedReview annotate(String id, String text) {
    return FakeNer.annotate(id, text, PERSON_WORDS);
  }

  private static SuggestedCast discover(String... texts) {
    List<Review> reviews = new ArrayList<>();
    List<AnnotatedReview> annotations = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      reviews.add(new Review("r" + i, texts[i], ReviewMetadata.defaultFor("r" + i)));
      annotations.add(annotate("r" + i, texts[i]));
    }
    return new CastDiscovery(FILM).discover(reviews, annotations);
  }

  /**
   * The real person is not listed as a character. Whether the few-times-named "Hal" or "Tomas" of
   * these two-review corpora is one is the learned person decision's to say (PersonModelTest).
   */
  private static void assertNoCharacterIsCalled(SuggestedCast cast, String... names) {
    for (String name : names) {
      assertEquals(
          List.of(),
          cast.cast().characters().stream().filter(c -> c.aliases().contains(name)).toList(),
          name);
    }
  }

  private static List<String> people(SuggestedCast cast) {
    return cast.people().stream().map(p -> p.name() + "=" + p.role().label()).toList();
  }

  @Test
  void aSurnameUsedAloneWhileTheFirstNameNeverIsARealPerson() {
    SuggestedCast cast =
        discover(
            "Vera Dorn gives it weight. Tomas sulks while Dorn glows.",
            "Dorn is superb, and Tomas broods again.");
    assertNoCharacterIsCalled(cast, "Vera", "Dorn", "Vera Dorn");
    assertEquals(List.of("Ola Brandt=director", "Vera Dorn=other"), people(cast));
  }

  @Test
  void theTitleJoinsTheCharacterItNames() {
    SuggestedCast cast =
        discover("Mara Lind (Greta Holm) rows out.", "Later Mara rows back, and Lind smiles.");
    assertEquals(List.of("Mara"), cast.cast().names());
    assertEquals(List.of("Mara", "Mara Lind", "Lind"), cast.cast().characters().get(0).aliases());
    assertEquals("Greta Holm", cast.cast().characters().get(0).actor());
  }

  @Test
  void aMisspeltFullNameJoinsTheOneItMisspells() {
    SuggestedCast cast =
        discover(
            "Nina Petrovska (Lena Moss) sings.", "Nina Petrovskaya sings again, and Nina laughs.");
    assertEquals(List.of("Nina"), cast.cast().names());
  }

  @Test
  void theAuthorOfAWorkIsNotACharacter() {
    SuggestedCast cast =
        discover(
            "Hal plays Beethoven's Ninth. Hal weeps.",
            "Hal hums a Beethoven sonata, and Beethoven again.");
    assertNoCharacterIsCalled(cast, "Beethoven");
    assertEquals(List.of("Ola Brandt=director", "Beethoven=other"), people(cast));
  }

  @Test
  void aBylineAndARoleWordNameRealPeople() {
    SuggestedCast cast =
        discover(
            "By Kit Reed\nHal waits. Composer Fay Wray hums.", "Hal leaves. Fay Wray scores it.");
    assertNoCharacterIsCalled(cast, "Kit", "Kit Reed", "Fay", "Fay Wray");
    assertEquals(List.of("Ola Brandt=director", "Fay Wray=crew", "Kit Reed=critic"), people(cast));
  }

  @Test
  void someoneNamedInAnotherFilmIsARealPerson() {
    SuggestedCast cast =
        discover(
            "Hal recalls Lena Moss in Winter Light. Hal sighs.",
            "Hal naps, and Lena Moss is mentioned.");
    assertNoCharacterIsCalled(cast, "Lena", "Lena Moss");
  }

  /**
   * Korean names are written in both orders, often in one review: "Kim Minjun" and "Minjun Kim"
   * stayed two characters, and so did their actor's two orders.
   */
  @Test
  void aNameInEitherOrderIsOneCharacterAndSoIsItsActor() {
    SuggestedCast cast =
        discover(
            "Kim Minjun (Park Seoyeon) runs. Kim Minjun stops.",
            "Minjun Kim (Seoyeon Park) waits, and Minjun Kim leaves.");
    assertEquals(1, cast.cast().characters().size(), cast.cast().characters().toString());
    assertEquals(
        List.of("Park Seoyeon", "Seoyeon Park"),
        cast.cast().characters().get(0).actorAliases().stream()
            .filter(a -> a.contains(" "))
            .sorted()
            .toList());
  }

  /**
   * "Steffan" and "Steffans" are one letter apart, but each is a part of another full name (the
   * director Steffan Ruud, the character Ivo Steffans): two people, not one misspelt.
   */
  @Test
  void twoPartsOfDifferentFullNamesAreNotJoinedAsAMisspelling() {
    List<List<String>> clusters =
        clusters(
            Set.of("Steffan", "Steffans", "Ruud", "Ivo", "Lena", "Moss"),
            "Steffan Ruud directs. Ivo Steffans (Lena Moss) waits, and Steffans sighs.",
            "Steffan keeps it tight. Steffans sighs again.");
    assertEquals(
        0,
        clusters.stream().filter(c -> c.contains("Steffan") && c.contains("Steffans")).count(),
        clusters.toString());
  }

  /** A character renamed in the plot: "Tomas, now called Hal" is one person with two names. */
  @Test
  void aNameTheReviewSaysIsNowAnotherJoinsIt() {
    List<List<String>> clusters =
        clusters(
            PERSON_WORDS, "Tomas, now called Hal, sails away.", "Hal returns, and Hal smiles.");
    assertEquals(
        1,
        clusters.stream().filter(c -> c.contains("Tomas") && c.contains("Hal")).count(),
        clusters.toString());
  }

  /** The spellings of each name cluster the person decision reads, for the given reviews. */
  private static List<List<String>> clusters(Set<String> personWords, String... texts) {
    List<Review> reviews = new ArrayList<>();
    List<AnnotatedReview> annotations = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      reviews.add(new Review("r" + i, texts[i], ReviewMetadata.defaultFor("r" + i)));
      annotations.add(FakeNer.annotate("r" + i, texts[i], personWords));
    }
    return new CastDiscovery(FILM)
        .candidates("mara", reviews, annotations).stream().map(PersonExample::spellings).toList();
  }
}
