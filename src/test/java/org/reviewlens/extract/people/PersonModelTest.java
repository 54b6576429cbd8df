package org.reviewlens.extract.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.corpus.InputException;

/** The person decision's features and model, on clusters made up for the test. */
class PersonModelTest {
  private static PersonContext.Facts facts(
      int count, Optional<Person.Role> role, List<String> characterCues, int words) {
    return new PersonContext.Facts(
        count,
        3,
        5,
        1.0,
        0.1,
        false,
        false,
        role,
        role.isPresent(),
        "",
        characterCues,
        false,
        words,
        words >= 2 ? count : 0,
        0,
        0);
  }

  private static List<PersonExample> examples() {
    List<PersonExample> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(
          new PersonExample(
              "film" + (i % 4),
              "c" + i,
              List.of("c" + i),
              List.of(4),
              PersonContext.of(
                  facts(4 + i % 3, Optional.empty(), List.of("credited to an actor"), 1)),
              true,
              true));
      examples.add(
          new PersonExample(
              "film" + (i % 4),
              "p" + i,
              List.of("p" + i),
              List.of(4),
              PersonContext.of(facts(4 + i % 3, Optional.of(Person.Role.ACTOR), List.of(), 2)),
              false,
              false));
    }
    return examples;
  }

  @Test
  void aCreditedNameIsACharacterAndACreditedActorIsNot() {
    PersonModel model = PersonModel.train(examples());
    assertTrue(
        model.isCharacter(
            PersonContext.of(facts(5, Optional.empty(), List.of("credited to an actor"), 1))));
    assertFalse(
        model.isCharacter(
            PersonContext.of(facts(5, Optional.of(Person.Role.ACTOR), List.of(), 2))));
  }

  @Test
  void theSameClustersInAnyOrderGiveTheSameBytes() {
    List<PersonExample> shuffled = new ArrayList<>(examples());
    Collections.shuffle(shuffled, new Random(3));
    assertArrayEquals(PersonModel.train(examples()).bytes(), PersonModel.train(shuffled).bytes());
  }

  @Test
  void aFileThatIsNotAModelIsBadInputNamingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("person.bin");
    Files.writeString(file, "cast list\n");
    InputException e = assertThrows(InputException.class, () -> PersonModel.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  /**
   * A one-word name ("Cleo", "Chihiro") has no first name or surname to write alone: the features
   * of a full name's habits once counted it as "first name never written alone", which the model
   * learned from actors, and left such characters out.
   */
  @Test
  void aOneWordNameHasNoFirstNameOrSurnameFeatures() {
    List<String> features = PersonContext.of(facts(29, Optional.empty(), List.of(), 1));
    assertTrue(features.contains("one_word_name"), features.toString());
    assertTrue(
        features.stream()
            .noneMatch(f -> f.startsWith("first_name_alone") || f.startsWith("surname")),
        features.toString());
  }

  @Test
  void theBuiltInModelIsSmallAndTakesACreditedNameForACharacter() throws IOException {
    try (var in = PersonModel.class.getResourceAsStream(PersonModel.RESOURCE)) {
      assertTrue(in.readAllBytes().length < 5_000_000);
    }
    assertTrue(
        PersonModel.builtIn()
            .isCharacter(
                PersonContext.of(facts(8, Optional.empty(), List.of("credited to an actor"), 1))));
    assertFalse(
        PersonModel.builtIn()
            .isCharacter(
                PersonContext.of(
                    new PersonContext.Facts(
                        8,
                        4,
                        5,
                        1.0,
                        0.6,
                        false,
                        false,
                        Optional.of(Person.Role.DIRECTOR),
                        true,
                        "the director in film.csv",
                        List.of(),
                        false,
                        2,
                        3,
                        0,
                        5))));
  }
}
