package org.reviewlens.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Gender;

class SuggestedCastTest {
  private static Character character(String name, String... aliases) {
    return new Character(name, List.of(aliases), "", List.of(), Gender.UNKNOWN);
  }

  @Test
  void aCuratedCastLacksOnlyCharactersItNamesNowhere() {
    Cast curated =
        new Cast(
            List.of(
                new Character(
                    "Mitsy",
                    List.of("Mitsy"),
                    "Emma Roe",
                    List.of("Emma Roe", "Roe"),
                    Gender.FEMALE)));
    SuggestedCast suggested =
        new SuggestedCast(
            new Cast(
                List.of(
                    character("Mitzy", "Mitzy"),
                    character("Rolf", "Rolf", "Rolf Berg"),
                    character("Batman", "Batman"),
                    character("Roe", "Roe"))),
            Map.of("Mitzy", "high", "Rolf", "medium", "Batman", "low", "Roe", "high"),
            Map.of(),
            List.of());
    assertEquals(
        List.of("Rolf"), suggested.lackedBy(curated).stream().map(Character::name).toList());
  }
}
