package org.reviewlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.analyse.MentionsTable;
import org.reviewlens.analyse.SuggestedCastTable;

/** {@code evaluate --cast}: the discovered cast against the true one. */
class EvaluateCastTest {
  @TempDir Path dir;

  /**
   * evaluate read the true film.csv and cast.csv with column lists of its own; a column the corpus
   * reader accepts (original_title) made it refuse the file. It now reads them as a run does.
   */
  @Test
  void readsTheTrueCastAndFilmAsARunDoesAndFindsAnActorListedAsACharacter() throws IOException {
    Path out = Files.createDirectories(dir.resolve("run"));
    Files.writeString(
        out.resolve(MentionsTable.TABLE.fileName()),
        String.join(",", MentionsTable.TABLE.header()) + "\nr,0,0,4,Mila,Mila,name,\n");
    Files.writeString(
        out.resolve(SuggestedCastTable.TABLE.fileName()),
        String.join(",", SuggestedCastTable.TABLE.header())
            + "\nMila,Mila,,,female,0.9,named twice\nRosa,Rosa,,,female,0.5,named once\n");
    Path truth = Files.createDirectories(dir.resolve("truth"));
    Files.writeString(
        truth.resolve("cast.csv"),
        "character,aliases,actor,actor_aliases,gender\n"
            + "Mila,Mila,Rosa Vega,Rosa Vega|Rosa,female\n");
    Files.writeString(
        truth.resolve("film.csv"),
        "title,year,director,director_aliases,director_gender,original_title\n"
            + "The Garden,2020,Ana Lee,Ana Lee|Lee,female,Jardin de Mila\n");
    Path gold = truth.resolve("gold.csv");
    Files.writeString(
        gold, "review_id,char_begin,char_end,surface,character,kind\nr,0,4,Mila,Mila,name\n");

    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    CliHarness.Result result;
    try {
      result =
          CliHarness.run(
              "evaluate",
              "--summary",
              "--gold",
              gold.toString(),
              "--out",
              out.toString(),
              "--name",
              "garden",
              "--cast",
              truth.resolve("cast.csv").toString());
    } finally {
      System.setOut(original);
    }
    assertEquals(0, result.exitCode(), result.stderr());
    String report = printed.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("| garden | 2 | Rosa (Rosa) |"), report);
  }
}
