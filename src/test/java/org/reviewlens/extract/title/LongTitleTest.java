package org.reviewlens.extract.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.NameSpan;

/** A title that holds a character's name among other words, written whole, is the film. */
class LongTitleTest {
  private static List<String> found(String title, String text) {
    return LongTitle.of(title, false).orElseThrow().occurrences(text).stream()
        .map(o -> text.substring(o[0], o[1]))
        .toList();
  }

  @Test
  void aLongerTitleIsFoundWhateverItsApostropheAndCapitals() {
    assertEquals(
        List.of("Mila’s Garden", "MILA'S GARDEN", "Milas Garden"),
        found(
            "Mila's Garden",
            "Mila’s Garden opens today. MILA'S GARDEN is long. Milas Garden, again. Mila walks."));
  }

  @Test
  void twoNamesJoinedByAndOrAnAmpersandOrVersusAreOneTitle() {
    assertEquals(
        List.of("Tom & Rosa", "Tom and Rosa"),
        found("Tom & Rosa", "I saw Tom & Rosa twice; Tom and Rosa is funny. Tom loves Rosa."));
    assertEquals(
        List.of("Hart vs. Hart", "Hart v Hart"),
        found("Hart vs. Hart", "Hart vs. Hart won; Hart v Hart lost; Hart left."));
  }

  @Test
  void aTitleThatIsAnAliasOrOneWordIsNotALongTitle() {
    assertTrue(LongTitle.of("Mila", false).isEmpty());
    assertTrue(LongTitle.of("Mila Stone", true).isEmpty());
  }

  @Test
  void aNameInsideAnOccurrenceIsInsideItAndOneOutsideIsNot() {
    List<int[]> occurrences = List.of(new int[] {0, 13});
    assertTrue(
        LongTitle.inside(
            new NameSpan(0, 4, "Mila", NameSpan.Role.CHARACTER, "Mila", ""), occurrences));
    assertTrue(
        !LongTitle.inside(
            new NameSpan(20, 24, "Mila", NameSpan.Role.CHARACTER, "Mila", ""), occurrences));
  }

  /** An invented film, "Vane vs. Vane", about a husband and wife who share the surname. */
  @Test
  void aNameTheTitleWritesTwiceIsTwoCharacters() {
    org.reviewlens.corpus.Cast cast =
        new org.reviewlens.corpus.Cast(
            List.of(
                new org.reviewlens.corpus.Character(
                    "Tom",
                    List.of("Tom", "Tom Vane", "Vane"),
                    "",
                    List.of(),
                    org.reviewlens.corpus.Gender.MALE),
                new org.reviewlens.corpus.Character(
                    "Rosa",
                    List.of("Rosa", "Rosa Vane"),
                    "",
                    List.of(),
                    org.reviewlens.corpus.Gender.FEMALE)));
    String text = "Vane vs. Vane is tender, and Vane sulks.";
    List<NameSpan> spans =
        new org.reviewlens.extract.names.NameFinder(
                cast,
                new org.reviewlens.corpus.Film(
                    "Vane vs. Vane", 2031, "", List.of(), org.reviewlens.corpus.Gender.UNKNOWN))
            .find(text);
    List<int[]> whole = LongTitle.of("Vane vs. Vane", false).orElseThrow().occurrences(text);
    assertEquals(
        List.of("Tom", "Rosa", "Tom"),
        LongTitle.creditRepeatedNames(text, spans, whole, cast).stream()
            .map(NameSpan::owner)
            .toList());
  }

  /** A long word of the title written with one letter wrong is still the title. */
  @Test
  void aLongWordWithOneLetterWrongIsStillTheTitle() {
    assertEquals(
        List.of("Mila to Garderobe", "Mila to Garderove"),
        found("Mila to Garderobe", "Mila to Garderobe, or Mila to Garderove. Mila to Gard."));
    assertEquals(List.of(), found("Mila's Garden", "Mila's Warden"));
  }
}
