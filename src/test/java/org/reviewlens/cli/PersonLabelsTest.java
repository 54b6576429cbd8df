package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.extract.people.PersonExample;

/** Labelling discovered clusters with a true cast made up for the test. */
class PersonLabelsTest {
  private static final Cast CAST =
      new Cast(
          List.of(
              new Character(
                  "Hester",
                  List.of("Hester", "Hester Vane"),
                  "Clara Mott",
                  List.of("Clara Mott", "Mott"),
                  Gender.FEMALE),
              new Character(
                  "Clara", List.of("Clara"), "Ida Brun", List.of("Ida Brun"), Gender.FEMALE)));
  private static final Film FILM =
      new Film("Hester", 2031, "Paul Reyes", List.of("Paul Reyes", "Reyes"), Gender.MALE);

  private static boolean label(List<String> spellings, List<Integer> counts) {
    PersonExample e =
        new PersonExample(
            "hester", spellings.get(0), spellings, counts, List.of("bias"), false, false);
    return PersonLabels.of(CAST, FILM).label(List.of(e)).get(0).character();
  }

  @Test
  void aClusterWrittenMostlyAsTheCharacterIsOne() {
    assertEquals(true, label(List.of("Hester", "Mott"), List.of(9, 2)));
  }

  @Test
  void aClusterWrittenMostlyAsTheActorIsNot() {
    assertEquals(false, label(List.of("Clara Mott", "Hester"), List.of(6, 1)));
  }

  @Test
  void theDirectorIsNotACharacter() {
    assertEquals(false, label(List.of("Paul Reyes", "Reyes"), List.of(2, 5)));
  }

  @Test
  void aNameNobodyInTheCastBearsIsNotACharacter() {
    assertEquals(false, label(List.of("Agatha Christie"), List.of(3)));
  }
}
