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
}
