package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --films}: macro-averages over films, per split, fold and category. */
class EvaluateFilmsTest {
  @TempDir Path dir;

  private static final String MENTIONS =
      "review_id,sentence_index,char_begin,char_end,surface,character,kind,variant\n";
  private static final String GOLD = "review_id,char_begin,char_end,surface,character,kind\n";

  private final List<String> args = new ArrayList<>(List.of("evaluate", "--summary"));

  /** A film whose gold holds {@code gold} names of Ani, of which the run finds {@code found}. */
  private void film(String id, int gold, int found) throws IOException {
    Path out = Files.createDirectories(dir.resolve("runs").resolve(id));
    Path goldFile = Files.createDirectories(dir.resolve("films").resolve(id)).resolve("gold.csv");
    StringBuilder g = new StringBuilder(GOLD);
    StringBuilder f = new StringBuilder(MENTIONS);
    for (int i = 0; i < gold; i++) {
      g.append("r,").append(10 * i).append(',').append(10 * i + 3).append(",Ani,Ani,name\n");
    }
    for (int i = 0; i < found; i++) {
      f.append("r,0,").append(10 * i).append(',').append(10 * i + 3).append(",Ani,Ani,name,\n");
    }
    Files.writeString(goldFile, g);
    Files.writeString(out.resolve("mentions.csv"), f);
    args.addAll(List.of("--gold", goldFile.toString(), "--out", out.toString()));
  }

  private String evaluate() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, ReviewLens.run(args.toArray(String[]::new)));
      return captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void macroAveragesEachSplitApartWithFoldsCategoriesAndIntervals() throws IOException {
    film("film-a", 2, 2);
    film("film-b", 4, 2);
    film("film-c", 1, 1);
    Path films = dir.resolve("films.csv");
    Files.writeString(
        films,
        "film_id,title,year,split,fold,title_form,culture\n"
            + "film-a,A,2001,dev,1,first name,Western\n"
            + "film-b,B,2002,dev,2,not a character,Korean\n"
            + "film-c,C,2003,test,,surname,Western\n");
    args.addAll(List.of("--films", films.toString()));

    String printed = evaluate();

    String dev =
        String.join(
            "\n",
            "#### dev films (2)",
            "",
            "| group | kind | films | F1 | 95% interval | count error | 95% interval | worst film"
                + " (count error) |",
            "| --- | --- | ---: | ---: | --- | ---: | --- | --- |",
            "| all | name | 2 | 0.833 | 0.667–1.000 | 25.0% | 0.0%–50.0% | film-b |",
            "| fold 1 | name | 1 | 1.000 | 1.000–1.000 | 0.0% | 0.0%–0.0% | film-a |",
            "| fold 2 | name | 1 | 0.667 | 0.667–0.667 | 50.0% | 50.0%–50.0% | film-b |",
            "| title form: first name | name | 1 | 1.000 | 1.000–1.000 | 0.0% | 0.0%–0.0% | film-a"
                + " |",
            "| title form: not a character | name | 1 | 0.667 | 0.667–0.667 | 50.0% | 50.0%–50.0%"
                + " | film-b |",
            "| culture: Korean | name | 1 | 0.667 | 0.667–0.667 | 50.0% | 50.0%–50.0% | film-b |",
            "| culture: Western | name | 1 | 1.000 | 1.000–1.000 | 0.0% | 0.0%–0.0% | film-a |",
            "");
    assertTrue(printed.contains(dev), printed);
    String test =
        String.join(
            "\n",
            "#### test films (1)",
            "",
            "| group | kind | films | F1 | 95% interval | count error | 95% interval | worst film"
                + " (count error) |",
            "| --- | --- | ---: | ---: | --- | ---: | --- | --- |",
            "| all | name | 1 | 1.000 | 1.000–1.000 | 0.0% | 0.0%–0.0% | film-c |",
            "| title form: surname | name | 1 | 1.000 | 1.000–1.000 | 0.0% | 0.0%–0.0% | film-c |",
            "| culture: Western | name | 1 | 1.000 | 1.000–1.000 | 0.0% | 0.0%–0.0% | film-c |",
            "");
    assertTrue(printed.contains(test), "the frozen films stay apart: " + printed);
  }

  @Test
  void aDevFilmWithoutAFoldIsBadInputNamingTheLine() throws IOException {
    film("film-a", 1, 1);
    Path films = dir.resolve("films.csv");
    Files.writeString(
        films, "film_id,split,fold,title_form,culture\nfilm-a,dev,,first name,Western\n");
    args.addAll(List.of("--films", films.toString()));
    CliHarness.Result result = CliHarness.run(args.toArray(String[]::new));
    assertEquals(2, result.exitCode());
    assertTrue(result.stderr().contains("films.csv:2: a dev film has a fold"), result.stderr());
  }
}
