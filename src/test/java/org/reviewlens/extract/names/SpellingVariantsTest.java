package org.reviewlens.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.Fixtures;
import org.reviewlens.extract.NameSpan;

class SpellingVariantsTest {
  @Test
  void oneEditCoversSubstitutionInsertionDeletionAndSwap() {
    assertEquals(1, SpellingVariants.editDistance("vania", "vanya"));
    assertEquals(1, SpellingVariants.editDistance("madisson", "madison"));
    assertEquals(1, SpellingVariants.editDistance("madson", "madison"));
    assertEquals(1, SpellingVariants.editDistance("borsiov", "borisov"));
    assertEquals(0, SpellingVariants.editDistance("vanya", "vanya"));
    assertEquals(2, SpellingVariants.editDistance("tanja", "vanya"));
  }

  @Test
  void capitalisedNearMissIsCreditedAndFlagged() {
    String text = "Vania proposes, and Mikey Madisson shines.";
    List<NameSpan> known = Fixtures.names(text);
    List<NameSpan> variants = new SpellingVariants(Fixtures.CAST).find(text, known, (b, e) -> true);
    assertEquals(List.of("Ivan", "Ani"), variants.stream().map(NameSpan::owner).toList());
    assertEquals(List.of("Vanya", "Madison"), variants.stream().map(NameSpan::variantOf).toList());
  }

  private static final org.reviewlens.corpus.Cast COMPOSERS =
      new org.reviewlens.corpus.Cast(
          List.of(
              new org.reviewlens.corpus.Character(
                  "Lena",
                  List.of("Lena"),
                  "Anna Tchaikovsky",
                  List.of("Anna Tchaikovsky", "Tchaikovsky"),
                  org.reviewlens.corpus.Gender.FEMALE),
              new org.reviewlens.corpus.Character(
                  "Petya",
                  List.of("Petya"),
                  "Boris Eydelshteyn",
                  List.of("Boris Eydelshteyn", "Eydelshteyn"),
                  org.reviewlens.corpus.Gender.MALE)));

  private static List<String> variants(String text) {
    return new SpellingVariants(COMPOSERS)
        .find(text, List.of(), (b, e) -> true).stream()
            .map(s -> text.substring(s.begin(), s.end()) + "=" + s.variantOf())
            .toList();
  }

  @Test
  void aTransliteratedSurnameMisspeltAfterTheActorsFirstNameIsCredited() {
    assertEquals(List.of("Chaikovsky=Tchaikovsky"), variants("Anna Chaikovsky is superb."));
    assertEquals(List.of("Tschaikowsky=Tchaikovsky"), variants("Anna Tschaikowsky is superb."));
    assertEquals(List.of("Eidelstein=Eydelshteyn"), variants("Boris Eidelstein is superb."));
  }

  @Test
  void aMisspellingLearnedBesideTheFirstNameCountsAloneInTheSameReview() {
    assertEquals(
        List.of("Eidelstein=Eydelshteyn", "Eidelstein=Eydelshteyn"),
        variants("Boris Eidelstein is superb. Later, Eidelstein is funny."));
  }

  @Test
  void aSoundAlikeWordWithoutTheRestOfTheNameIsNotCredited() {
    assertEquals(List.of(), variants("Tschaikowsky wrote a concerto, and Eidelstein a book."));
  }

  @Test
  void aDifferentSurnameAfterTheSameFirstNameIsNotCredited() {
    assertEquals(List.of(), variants("Anna Karenina and Boris Johnson."));
  }

  @Test
  void wordThatIsNotAProperNameIsLeftAlone() {
    String text = "Vania proposes.";
    assertEquals(
        List.of(), new SpellingVariants(Fixtures.CAST).find(text, List.of(), (b, e) -> false));
  }

  private static final org.reviewlens.corpus.Cast ROMANISED =
      new org.reviewlens.corpus.Cast(
          List.of(
              new org.reviewlens.corpus.Character(
                  "Ki-hoon",
                  List.of("Ki-hoon", "Seong Ki-hoon"),
                  "",
                  List.of(),
                  org.reviewlens.corpus.Gender.MALE),
              new org.reviewlens.corpus.Character(
                  "Nai Nai",
                  List.of("Nai Nai"),
                  "",
                  List.of(),
                  org.reviewlens.corpus.Gender.FEMALE),
              new org.reviewlens.corpus.Character(
                  "Mu Bai", List.of("Mu Bai"), "", List.of(), org.reviewlens.corpus.Gender.MALE)));

  /** Names written for this test in other romanisations of the cast's names. */
  @Test
  void aNameRomanisedAnotherWayIsCredited() {
    String text = "Gihun laughs while Nei Nei cooks, and Pei waits.";
    List<NameSpan> variants = new SpellingVariants(ROMANISED).find(text, List.of(), (b, e) -> true);
    assertEquals(
        List.of("Gihun", "Nei", "Nei"),
        variants.stream().map(v -> text.substring(v.begin(), v.end())).toList());
    assertEquals(
        List.of("Ki-hoon", "Nai Nai", "Nai Nai"), variants.stream().map(NameSpan::owner).toList());
  }

  /**
   * "Sri Vallabh Vyas" for the cast's Shri Vallabh Vyas was two mentions, "Sri" and "Vyas": the
   * variant now runs on over the name's next part, and the whole name is one.
   */
  @Test
  void aVariantRunsOnOverTheNextPartOfTheName() {
    org.reviewlens.corpus.Cast cast =
        new org.reviewlens.corpus.Cast(
            List.of(
                new org.reviewlens.corpus.Character(
                    "Ishwar",
                    List.of("Ishwar"),
                    "Shri Vallabh Vyas",
                    List.of("Shri Vallabh Vyas", "Vyas"),
                    org.reviewlens.corpus.Gender.MALE)));
    String text = "Played by Sri Vallabh Vyas, he glows.";
    List<NameSpan> variants = new SpellingVariants(cast).find(text, List.of(), (b, e) -> true);
    assertEquals(
        List.of("Sri Vallabh"),
        variants.stream().map(v -> text.substring(v.begin(), v.end())).toList());
  }

  /**
   * "Raghuveer Yadav" for the cast's Raghubir Yadav: the variant "Raghuveer" must not run on over
   * "Yadav", which is already a name of its own (the overlap crashed the run).
   */
  @Test
  void aVariantNeverRunsIntoANameAlreadyFound() {
    org.reviewlens.corpus.Cast cast =
        new org.reviewlens.corpus.Cast(
            List.of(
                new org.reviewlens.corpus.Character(
                    "Bhura",
                    List.of("Bhura"),
                    "Raghubir Yadav",
                    List.of("Raghubir Yadav", "Yadav"),
                    org.reviewlens.corpus.Gender.MALE)));
    String text = "Raghuveer Yadav is a delight.";
    List<NameSpan> known = new NameFinder(cast, Fixtures.FILM).find(text);
    List<NameSpan> variants = new SpellingVariants(cast).find(text, known, (b, e) -> true);
    assertEquals(
        List.of("Raghuveer"),
        variants.stream().map(v -> text.substring(v.begin(), v.end())).toList());
  }
}
