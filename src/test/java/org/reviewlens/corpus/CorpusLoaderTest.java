package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
  @TempDir Path dir;

  private static final String CAST =
      "character,aliases,actor,actor_aliases,gender\n"
          + "Ani,Ani|Anora,Mikey Madison,Madison,female\n"
          + "Igor,Igor,Yura Borisov,Borisov,male\n";
  private static final String FILM =
      "title,year,director,director_aliases\nAnora,2024,Sean Baker,Sean Baker|Baker\n";

  private void corpus(String reviewsCsv, String... idAndText) throws IOException {
    Files.createDirectories(dir.resolve("reviews"));
    for (int i = 0; i < idAndText.length; i += 2) {
      Files.writeString(dir.resolve("reviews/" + idAndText[i] + ".txt"), idAndText[i + 1]);
    }
    if (reviewsCsv != null) {
      Files.writeString(dir.resolve("reviews.csv"), reviewsCsv);
    }
    Files.writeString(dir.resolve("cast.csv"), CAST);
    Files.writeString(dir.resolve("film.csv"), FILM);
  }

  @Test
  void loadsTheRealCorpus() {
    Corpus corpus = CorpusLoader.load(Path.of("corpus"));
    assertEquals(
        List.of(
            "alamo-drafthouse-viewer", "haunting-meditation", "nic-chang", "working-class-lens"),
        corpus.reviews().stream().map(Review::id).toList());
    assertEquals("Nic Chang", corpus.reviews().get(2).metadata().reviewer());
    assertTrue(
        corpus
            .cast()
            .orElseThrow()
            .names()
            .containsAll(
                List.of("Ani", "Ivan", "Igor", "Toros", "Garnik", "Galina", "Nikolai", "Diamond")));
    assertEquals(
        new Film("Anora", 2024, "Sean Baker", List.of("Sean Baker", "Baker"), Gender.MALE),
        corpus.film());
    assertTrue(corpus.warnings().isEmpty(), corpus.warnings().toString());
  }

  @Test
  void filmCsvMayGiveTheOriginalTitle() throws IOException {
    corpus("review_id,reviewer\na,Alice\n", "a", "Mila dances.");
    Files.writeString(
        dir.resolve("film.csv"),
        "title,year,director,original_title\nThe Garden,2020,Ana Lee,Jardin de Mila\n");
    assertEquals("Jardin de Mila", CorpusLoader.load(dir).film().originalTitle());
  }

  @Test
  void reviewWithoutMetadataRowDefaultsReviewerToIdWithWarning() throws IOException {
    corpus("review_id,reviewer\na,Alice\n", "a", "Ani dances.", "b", "Igor waits.");
    Corpus corpus = CorpusLoader.load(dir);
    assertEquals("b", corpus.reviews().get(1).metadata().reviewer());
    assertEquals(1, corpus.warnings().size());
    assertTrue(corpus.warnings().get(0).contains("b.txt"));
  }

  @Test
  void rowWithoutTextIsAnErrorNamingFileAndLine() throws IOException {
    corpus("review_id,reviewer\na,Alice\nghost,Bob\n", "a", "Ani dances.");
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertTrue(e.getMessage().contains("reviews.csv:3"), e.getMessage());
    assertTrue(e.getMessage().contains("ghost"), e.getMessage());
  }

  @Test
  void duplicateReviewIdIsAnError() throws IOException {
    corpus("review_id,reviewer\na,Alice\na,Bob\n", "a", "Ani dances.");
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertTrue(e.getMessage().contains("reviews.csv:3: duplicate review id 'a'"), e.getMessage());
  }

  @Test
  void unknownColumnIsAnError() throws IOException {
    corpus("review_id,stars\na,5\n", "a", "Ani dances.");
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertTrue(e.getMessage().contains("unknown column 'stars'"), e.getMessage());
  }

  @Test
  void unbalancedQuoteIsAnError() throws IOException {
    corpus("review_id,reviewer\na,\"Alice\n", "a", "Ani dances.");
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertTrue(e.getMessage().contains("reviews.csv"), e.getMessage());
  }

  @Test
  void illegalReviewIdIsAnError() throws IOException {
    corpus(null, "bad id!", "Ani dances.");
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertTrue(e.getMessage().contains("illegal review id 'bad id!'"), e.getMessage());
  }

  @Test
  void emptyCorpusIsAnError() throws IOException {
    Files.createDirectories(dir.resolve("reviews"));
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertTrue(e.getMessage().contains("empty corpus"), e.getMessage());
  }

  @Test
  void aliasClaimedByTwoCharactersIsAnError() throws IOException {
    corpus(null, "a", "Ani dances.");
    Files.writeString(dir.resolve("cast.csv"), CAST + "Anya,Anya|Ani,,,female\n");
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertTrue(
        e.getMessage().contains("cast.csv:4: alias 'Ani' is claimed by both Ani and Anya"),
        e.getMessage());
  }

  @Test
  void emptyAndBinaryReviewsAreSkippedNotFatal() throws IOException {
    corpus(null, "a", "Ani dances.", "b", "   \n");
    Files.write(dir.resolve("reviews/c.txt"), new byte[] {1, 2, 3, 0});
    Corpus corpus = CorpusLoader.load(dir);
    assertEquals(List.of("a"), corpus.reviews().stream().map(Review::id).toList());
    assertEquals(List.of("b", "c"), corpus.skipped().stream().map(SkippedReview::id).toList());
  }

  @Test
  void readsUtf8WithBom() throws IOException {
    corpus(null);
    Files.write(
        dir.resolve("reviews/a.txt"), "\uFEFFAni’s smile.".getBytes(StandardCharsets.UTF_8));
    assertEquals("Ani’s smile.", CorpusLoader.load(dir).reviews().get(0).text());
  }

  @Test
  void aUtf16ReviewWithAByteOrderMarkIsRead() throws IOException {
    corpus(null);
    Files.write(
        dir.resolve("reviews/a.txt"), "\uFEFFAni’s smile.".getBytes(StandardCharsets.UTF_16LE));
    Files.write(
        dir.resolve("reviews/b.txt"), "\uFEFFIgor waits.".getBytes(StandardCharsets.UTF_16BE));
    Corpus corpus = CorpusLoader.load(dir);
    assertEquals(
        List.of("Ani’s smile.", "Igor waits."),
        corpus.reviews().stream().map(Review::text).toList());
    assertTrue(corpus.skipped().isEmpty(), corpus.skipped().toString());
  }

  /** Excel's plain "CSV" is Windows-1252: it once stopped the run with "Input length = 1". */
  @Test
  void csvFilesSavedAsWindows1252AreDecodedWithAWarningNamingEach() throws IOException {
    corpus(null, "a", "Zoé dances.");
    Charset excel = Charset.forName("windows-1252");
    Files.write(
        dir.resolve("reviews.csv"),
        "review_id,reviewer,outlet\na,Renée Dupré,Café Crème\n".getBytes(excel));
    Files.write(
        dir.resolve("cast.csv"),
        "character,aliases,actor,actor_aliases,gender\nZoé,Zoé|Zoë,Léa Müller,Müller,female\n"
            .getBytes(excel));
    Files.write(
        dir.resolve("film.csv"),
        "title,year,director,director_aliases\nLa Fée,2024,Hélène Côté,Côté\n".getBytes(excel));
    Corpus corpus = CorpusLoader.load(dir);
    assertEquals("Renée Dupré", corpus.reviews().get(0).metadata().reviewer());
    assertEquals(List.of("Zoé", "Zoë"), corpus.cast().orElseThrow().characters().get(0).aliases());
    assertEquals("Hélène Côté", corpus.film().director());
    assertEquals(3, corpus.warnings().size(), corpus.warnings().toString());
    for (String file : List.of("reviews.csv", "cast.csv", "film.csv")) {
      assertTrue(
          corpus.warnings().stream()
              .anyMatch(w -> w.contains(dir.resolve(file) + ": ") && w.contains("Windows-1252")),
          file + " in " + corpus.warnings());
    }
  }

  @Test
  void aUtf16CsvWithAByteOrderMarkIsRead() throws IOException {
    corpus(null, "a", "Zoé dances.");
    Files.write(
        dir.resolve("cast.csv"),
        "\uFEFFcharacter,aliases,gender\nZoé,Zoé|Zoë,female\n".getBytes(StandardCharsets.UTF_16LE));
    Files.write(
        dir.resolve("film.csv"),
        "\uFEFFtitle,year,director\nLa Fée,2024,Hélène Côté\n".getBytes(StandardCharsets.UTF_16BE));
    Corpus corpus = CorpusLoader.load(dir);
    assertEquals(List.of("Zoé"), corpus.cast().orElseThrow().names());
    assertEquals("Hélène Côté", corpus.film().director());
  }

  /** A named pipe called x.txt once hung the run for ever: reading it waits for a writer. */
  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoNamedLikeAReviewIsSkippedWithoutBeingOpened() throws IOException, InterruptedException {
    corpus(null, "a", "Ani dances.");
    mkfifo(dir.resolve("reviews/pipe.txt"));
    Corpus corpus = CorpusLoader.load(dir);
    assertEquals(List.of("a"), corpus.reviews().stream().map(Review::id).toList());
    SkippedReview pipe = corpus.skipped().get(0);
    assertEquals("pipe", pipe.id());
    assertTrue(pipe.reason().contains("not a regular file"), pipe.reason());
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoNamedCastCsvIsBadInputWithoutBeingOpened() throws IOException, InterruptedException {
    corpus(null, "a", "Ani dances.");
    Path cast = dir.resolve("cast.csv");
    Files.delete(cast);
    mkfifo(cast);
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertEquals(cast + ": not a regular file (a named pipe, socket or device)", e.getMessage());
  }

  private static void mkfifo(Path fifo) throws InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      abort("mkfifo is not available: " + e.getMessage());
      return;
    }
    assumeTrue(process.waitFor(10, TimeUnit.SECONDS), "mkfifo did not finish");
    assumeTrue(process.exitValue() == 0, "mkfifo failed");
  }

  /** A dangling link once stopped the whole run with "cannot read" and no reason. */
  @Test
  void aDanglingSymbolicLinkIsSkippedWithItsReasonAndTheOthersRun() throws IOException {
    corpus(null, "a", "Ani dances.");
    Files.createSymbolicLink(dir.resolve("reviews/gone.txt"), dir.resolve("nowhere.txt"));
    Corpus corpus = CorpusLoader.load(dir);
    assertEquals(List.of("a"), corpus.reviews().stream().map(Review::id).toList());
    SkippedReview gone = corpus.skipped().get(0);
    assertEquals("gone", gone.id());
    assertTrue(gone.reason().contains("a symbolic link to a missing file"), gone.reason());
  }

  /** The director's names are searched for as the cast's are, and checked the same way. */
  @Test
  void aDirectorNameOrAliasWithoutALetterIsAnError() throws IOException {
    corpus(null, "a", "Ani dances.");
    Path film = dir.resolve("film.csv");
    Files.writeString(film, "title,year,director,director_aliases\nAnora,2024,Orla Vane,Vane|.\n");
    InputException e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertEquals(film + ":2: director alias '.' has no letter", e.getMessage());
    Files.writeString(film, "title,year,director\nAnora,2024,--\n");
    e = assertThrows(InputException.class, () -> CorpusLoader.load(dir));
    assertEquals(film + ":2: director '--' has no letter", e.getMessage());
  }

  @Test
  void aDirectorAliasThatIsACommonWordIsAWarning() throws IOException {
    corpus(null, "a", "Ani dances.");
    Path film = dir.resolve("film.csv");
    Files.writeString(
        film, "title,year,director,director_aliases\nAnora,2024,Orla Even,Orla Even|Even\n");
    List<String> warnings = CorpusLoader.load(dir).warnings();
    assertTrue(
        warnings.stream()
            .anyMatch(
                w -> w.startsWith(film + ":2: director alias 'Even' is a common English word")),
        warnings.toString());
  }
}
