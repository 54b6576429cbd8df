package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.cli.CliHarness;

/**
 * {@code review-lens train} on two films with hand-counted gold: an invented film, "Hester", whose
 * three reviews were written for this test, and the four Anora reviews. Then a run with the model
 * it wrote.
 */
@Tag("models")
class TrainCommandTest {
  private static final String HESTER = "src/test/resources/train/hester";
  private static final String COPPER_HOUR = "src/test/resources/train/copper-hour";

  /** What the command printed and its exit code. */
  private record Printed(int exitCode, String stdout, String stderr) {}

  private static Printed train(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "--corpus",
                HESTER,
                "--gold",
                HESTER + "/gold.csv",
                "--fold",
                "1",
                "--corpus",
                "corpus",
                "--gold",
                "devset/films/anora/gold.csv",
                "--fold",
                "2",
                "--cache",
                CorpusOutput.cache().toString()));
    args.addAll(List.of(options));
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      CliHarness.Result result = CliHarness.run(args.toArray(String[]::new));
      return new Printed(
          result.exitCode(), printed.toString(StandardCharsets.UTF_8), result.stderr());
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void twoTrainingsWriteTheSameModelByteForByte(@TempDir Path dir) throws IOException {
    Printed first = train("--title-model", dir.resolve("a.bin").toString());
    Printed second = train("--title-model", dir.resolve("b.bin").toString());
    assertEquals(0, first.exitCode(), first.stderr());
    assertEquals(0, second.exitCode(), second.stderr());
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.bin")), Files.readAllBytes(dir.resolve("b.bin")));
    // Hester's gold labels 17 bare titles, Anora's 54: 7 + 21 of them the film.
    assertTrue(
        first
            .stdout()
            .contains("71 hand-labelled title occurrences in 2 films (28 of them the film)"),
        first.stdout());
    assertTrue(first.stdout().contains("| first_cue=FILM | +"), first.stdout());
  }

  @Test
  void bothModelsAreWrittenAndAPersonModelReadsACorpusWithoutCast(@TempDir Path dir)
      throws IOException {
    Path person = dir.resolve("person.bin");
    Printed printed =
        train(
            "--title-model",
            dir.resolve("title.bin").toString(),
            "--person-model",
            person.toString());
    assertEquals(0, printed.exitCode(), printed.stderr());
    assertTrue(printed.stdout().contains("| feature | toward a character |"), printed.stdout());
    Path corpus = dir.resolve("no-cast");
    Files.createDirectories(corpus.resolve("reviews"));
    Files.copy(Path.of(HESTER, "film.csv"), corpus.resolve("film.csv"));
    for (String review : List.of("quiet-harbour", "grey-notes", "late-ferry")) {
      Files.copy(
          Path.of(HESTER, "reviews", review + ".txt"),
          corpus.resolve("reviews/" + review + ".txt"));
    }
    Path out = dir.resolve("out");
    CliHarness.Result run =
        CliHarness.run(
            "--corpus",
            corpus.toString(),
            "--out",
            out.toString(),
            "--cache",
            CorpusOutput.cache().toString(),
            "--person-model",
            person.toString(),
            "--no-progress");
    assertEquals(0, run.exitCode(), run.stderr());
    String suggested = Files.readString(out.resolve("cast_suggested.csv"));
    assertTrue(suggested.contains("\nHester,"), suggested);
    assertFalse(suggested.contains("\nClara"), suggested);
  }

  @Test
  void crossValidationReadsEachFilmWithAModelTrainedOnTheOther() {
    Printed printed = train("--cross-validate");
    assertEquals(0, printed.exitCode(), printed.stderr());
    assertTrue(printed.stdout().contains("| hester | 1 | 17 | "), printed.stdout());
    assertTrue(printed.stdout().contains("| anora | 2 | 54 | "), printed.stdout());
    assertTrue(
        printed.stdout().contains("Macro-average accuracy over 2 films, model: "),
        printed.stdout());
    assertTrue(
        printed.stdout().contains("Person decision, cross-validated by fold"), printed.stdout());
  }

  @Test
  void aFilmWithoutAHandCountTrainsThePersonDecisionAndIsNeverScored() {
    Printed printed = train("--distant-corpus", COPPER_HOUR, "--cross-validate");
    assertEquals(0, printed.exitCode(), printed.stderr());
    assertTrue(
        printed.stdout().contains("0 distant ones (0 the film), 0 of them from 1 films"),
        printed.stdout());
    assertTrue(
        printed.stdout().contains("of them from films without a hand count"), printed.stdout());
    assertFalse(printed.stdout().contains("| copper-hour |"), printed.stdout());
    assertTrue(
        printed
            .stdout()
            .contains("Macro-average accuracy over 2 films, model with distant supervision: "),
        printed.stdout());
  }

  @Test
  void withDistantAFilmWithoutAHandCountTrainsTheTitleDecisionToo() {
    Printed printed = train("--distant-corpus", COPPER_HOUR, "--distant", "--cross-validate");
    assertEquals(0, printed.exitCode(), printed.stderr());
    // The Copper Hour is named after no character: its title, written 5 times, is the film; the
    // 4 other occurrences are its characters' most used names (Tomas, Ilse) taken as a title.
    assertTrue(
        printed.stdout().contains("(5 the film), 9 of them from 1 films without a hand count"),
        printed.stdout());
    assertTrue(printed.stdout().contains("| model with distant supervision |"), printed.stdout());
  }

  @Test
  void aRunReadsTheTitlesWithTheTrainedModel(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("title.bin");
    assertEquals(0, train("--title-model", model.toString()).exitCode());
    Path out = dir.resolve("out");
    CliHarness.Result run =
        CliHarness.run(
            "--corpus",
            HESTER,
            "--out",
            out.toString(),
            "--cache",
            CorpusOutput.cache().toString(),
            "--title-model",
            model.toString(),
            "--no-progress");
    assertEquals(0, run.exitCode(), run.stderr());
    String mentions = Files.readString(out.resolve("mentions.csv"));
    assertTrue(mentions.contains(",Hester,Hester,film_title"), mentions);
    assertTrue(mentions.contains(",Hester,Hester,name"), mentions);
  }

  @Test
  void aFileThatIsNotAModelIsRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "my notes\n");
    Path out = dir.resolve("out");
    CliHarness.Result run =
        CliHarness.run(
            "--corpus", HESTER, "--out", out.toString(), "--title-model", notes.toString());
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains(notes.toString()), run.stderr());
    assertTrue(run.stderr().contains("not a title model"), run.stderr());
    assertFalse(Files.exists(out));
  }

  @Test
  void trainingNeedsTheFilmsCast(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("no-cast");
    Files.createDirectories(corpus.resolve("reviews"));
    Files.copy(Path.of(HESTER, "film.csv"), corpus.resolve("film.csv"));
    Files.copy(
        Path.of(HESTER, "reviews", "late-ferry.txt"), corpus.resolve("reviews/late-ferry.txt"));
    CliHarness.Result result =
        CliHarness.run(
            "train",
            "--corpus",
            corpus.toString(),
            "--gold",
            HESTER + "/gold.csv",
            "--title-model",
            dir.resolve("m.bin").toString());
    assertEquals(2, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("training needs the film's cast.csv"), result.stderr());
    assertFalse(Files.exists(dir.resolve("m.bin")));
  }
}
