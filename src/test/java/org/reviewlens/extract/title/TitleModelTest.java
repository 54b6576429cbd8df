package org.reviewlens.extract.title;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.corpus.InputException;
import org.reviewlens.extract.learn.Maxent;

/** Training, reading and writing the title model, on feature lists made up for the test. */
class TitleModelTest {
  private static TitleExample example(int i, TitleReading reading, String... features) {
    return new TitleExample(
        "film" + (i % 3), "r" + i, i, i + 5, List.of(features), reading, reading, false);
  }

  /** Occurrences where "cue=film" means the film and "cue=character" the character. */
  private static List<TitleExample> examples() {
    List<TitleExample> examples = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      examples.add(example(2 * i, TitleReading.FILM, "bias", "cue=film", "place=" + (i % 4)));
      examples.add(
          example(2 * i + 1, TitleReading.CHARACTER, "bias", "cue=character", "place=" + (i % 4)));
    }
    return examples;
  }

  @Test
  void learnsWhichFeaturesMeanTheFilm() {
    TitleModel model = TitleModel.train(examples());
    assertEquals(TitleReading.FILM, model.read(List.of("bias", "cue=film")));
    assertEquals(TitleReading.CHARACTER, model.read(List.of("bias", "cue=character")));
    assertTrue(model.filmProbability(List.of("bias", "cue=film")) > 0.8);
  }

  @Test
  void theSameExamplesInAnyOrderGiveTheSameBytes() {
    List<TitleExample> shuffled = new ArrayList<>(examples());
    Collections.shuffle(shuffled, new java.util.Random(7));
    assertArrayEquals(TitleModel.train(examples()).bytes(), TitleModel.train(shuffled).bytes());
  }

  @Test
  void aWrittenModelReadsBackTheSame(@TempDir Path dir) throws IOException {
    TitleModel model = TitleModel.train(examples());
    Path file = dir.resolve("title.bin");
    Files.write(file, model.bytes());
    TitleModel read = TitleModel.read(file);
    assertArrayEquals(model.bytes(), read.bytes());
    assertEquals(
        model.filmProbability(List.of("bias", "cue=film", "place=1")),
        read.filmProbability(List.of("bias", "cue=film", "place=1")),
        1e-12);
  }

  @Test
  void aFileThatIsNotAModelIsBadInputNamingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "not a model\n");
    InputException e = assertThrows(InputException.class, () -> TitleModel.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not a title model"), e.getMessage());
  }

  @Test
  void trainingNeedsBothReadings() {
    List<TitleExample> onlyFilm =
        examples().stream().filter(e -> e.reading() == TitleReading.FILM).toList();
    assertThrows(IllegalArgumentException.class, () -> TitleModel.train(onlyFilm));
  }

  @Test
  void theStrongestFeaturesAreTheCuesEachWay() {
    List<Maxent.FeatureWeight> strongest = TitleModel.train(examples()).strongestFeatures(2);
    assertEquals(
        List.of("cue=character", "cue=film"),
        strongest.stream().map(Maxent.FeatureWeight::feature).sorted().toList());
    assertTrue(
        strongest.stream().allMatch(w -> w.feature().equals("cue=film") == (w.toward() > 0)));
  }

  @Test
  void theBuiltInModelIsSmallAndLoads() throws IOException {
    try (var in = TitleModel.class.getResourceAsStream(TitleModel.RESOURCE)) {
      assertTrue(in.readAllBytes().length < 5_000_000);
    }
    assertEquals(TitleReading.FILM, TitleModel.builtIn().read(List.of("bias", "first_cue=FILM")));
    assertEquals(
        TitleReading.CHARACTER, TitleModel.builtIn().read(List.of("bias", "first_cue=CHARACTER")));
  }

  @Test
  void crossValidationScoresEachFilmByAModelThatNeverSawIt() {
    List<TitleExample> examples = examples();
    java.util.Map<String, Integer> folds = java.util.Map.of("film0", 1, "film1", 2, "film2", 3);
    List<TitleCrossValidator.FilmScore> scores = TitleCrossValidator.run(examples, folds);
    assertEquals(List.of("film0", "film1", "film2"), scores.stream().map(s -> s.film()).toList());
    scores.forEach(s -> assertEquals(20, s.occurrences()));
    scores.forEach(s -> assertEquals(1.0, s.modelAccuracy()));
  }
}
