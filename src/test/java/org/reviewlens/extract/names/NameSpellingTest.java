package org.reviewlens.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.extract.NameSpan;

/** Spellings any reader merges: accents, capitals, and a space or hyphen inside a name. */
class NameSpellingTest {
  private static final Cast CAST =
      new Cast(
          List.of(
              new Character(
                  "Hélène",
                  List.of("Hélène", "Hélène Roussel"),
                  "Odile Varga",
                  List.of("Odile Varga", "Varga"),
                  Gender.FEMALE),
              new Character(
                  "Sky-Boy", List.of("Sky-Boy"), "Tomas Ek", List.of("Tomas Ek"), Gender.MALE),
              new Character("Mary Lou", List.of("Mary Lou"), "", List.of(), Gender.FEMALE)));
  private static final Film FILM =
      new Film("Hélène", 2020, "Piet Brand", List.of("Piet Brand", "Brand"), Gender.MALE);

  private static List<String> surfaces(String text) {
    return new NameFinder(CAST, FILM)
        .find(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void anAccentedNameIsFoundWithoutItsAccentsAndInCapitals() {
    assertEquals(
        List.of("Helene", "HÉLÈNE", "helene"),
        surfaces("Helene sings. HÉLÈNE is loud. Then helene sleeps."));
  }

  @Test
  void aFullNameWithoutAccentsIsOneSpan() {
    assertEquals(List.of("Helene Roussel"), surfaces("Helene Roussel arrives."));
  }

  @Test
  void aHyphenatedNameIsFoundAsOneWordOrTwo() {
    assertEquals(
        List.of("Sky-Boy", "Skyboy", "Sky Boy", "Sky - Boy"),
        surfaces("Sky-Boy, Skyboy, Sky Boy and Sky - Boy."));
  }

  @Test
  void aTwoWordNameIsFoundHyphenatedOrJoined() {
    assertEquals(List.of("Mary-Lou", "Marylou"), surfaces("Mary-Lou waves at Marylou."));
  }

  /**
   * Matching on folded text once read the folded surface, and took "that Helene" for a common noun.
   */
  @Test
  void aCapitalisedNameAfterADeterminerIsStillAName() {
    assertEquals(
        List.of("Helene", "Varga"), surfaces("She knows that Helene left, and that Varga stayed."));
  }

  @Test
  void anAccentedNameIsNotFoundInsideALongerWord() {
    assertEquals(List.of(), surfaces("Helenes and Skyboys"));
  }

  @Test
  void theMatchedSpellingIsCreditedToItsCharacter() {
    List<NameSpan> spans = new NameFinder(CAST, FILM).find("skyboy and VARGA");
    assertEquals(List.of("Sky-Boy", "Hélène"), spans.stream().map(NameSpan::owner).toList());
    assertEquals(
        List.of(NameSpan.Role.CHARACTER, NameSpan.Role.ACTOR),
        spans.stream().map(NameSpan::role).toList());
  }
}
