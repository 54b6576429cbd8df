package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus given as one .csv or .jsonl file of reviews, against the same reviews as a folder. */
class ReviewTableTest {
  @TempDir Path dir;

  private static final String CAST =
      "character,aliases,actor,actor_aliases,gender\nWren,Wren,Ola Brandt,Brandt,female\n";
  private static final String FILM = "title,year,director\nThe Tin Lamp,2031,Kit Reed\n";
  private static final String FIRST = "Wren rows out.\n\nShe sings, \"softly\", at dawn.\n";
  private static final String SECOND = "A slow film; Brandt is superb.\n";

  private Path folder() throws IOException {
    Path corpus = dir.resolve("folder");
    Files.createDirectories(corpus.resolve("reviews"));
    Files.writeString(corpus.resolve("reviews/b-review.txt"), SECOND);
    Files.writeString(corpus.resolve("reviews/a-review.txt"), FIRST);
    Files.writeString(
        corpus.resolve("reviews.csv"), "review_id,reviewer,outlet\na-review,Ann Lee,The Post\n");
    Files.writeString(corpus.resolve("cast.csv"), CAST);
    Files.writeString(corpus.resolve("film.csv"), FILM);
    return corpus;
  }

  private Path file(String name, String content) throws IOException {
    Path table = dir.resolve(name);
    Files.writeString(table, content);
    Files.writeString(dir.resolve("cast.csv"), CAST);
    Files.writeString(dir.resolve("film.csv"), FILM);
    return table;
  }

  private static Path csv(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("reviews.csv"),
        "review_id,text,reviewer,outlet\n"
            + "b-review,\"A slow film; Brandt is superb.\n"
            + "\",,\n"
            + "a-review,\"Wren rows out.\n\n"
            + "She sings, \"\"softly\"\", at dawn.\n"
            + "\",Ann Lee,The Post\n");
  }

  private static final String JSONL =
      "{\"review_id\": \"b-review\", \"text\": \"A slow film; Brandt is superb.\\n\"}\n"
          + "\n"
          + "{\"review_id\": \"a-review\", \"reviewer\": \"Ann Lee\", \"outlet\": \"The Post\","
          + " \"text\": \"Wren rows out.\\n\\nShe sings, \\\"softly\\\", at dawn.\\n\"}\n";

  @Test
  void aCsvFileGivesTheCorpusItsFolderGives() throws IOException {
    Corpus expected = CorpusLoader.load(folder());
    Files.writeString(dir.resolve("cast.csv"), CAST);
    Files.writeString(dir.resolve("film.csv"), FILM);
    Corpus actual = CorpusLoader.load(csv(dir));
    assertEquals(expected.reviews(), actual.reviews());
    assertEquals(expected.cast(), actual.cast());
    assertEquals(expected.film(), actual.film());
    assertEquals(List.of(), actual.warnings());
  }

  @Test
  void aJsonLinesFileGivesTheCorpusItsFolderGives() throws IOException {
    Corpus expected = CorpusLoader.load(folder());
    Corpus actual = CorpusLoader.load(file("reviews.jsonl", JSONL));
    assertEquals(expected.reviews(), actual.reviews());
    assertEquals(expected.cast(), actual.cast());
  }

  @Test
  void castAndFilmMayBeGivenApart() throws IOException {
    Path table = dir.resolve("elsewhere/reviews.jsonl");
    Files.createDirectories(table.getParent());
    Files.writeString(table, JSONL);
    Path cast = Files.writeString(dir.resolve("my-cast.csv"), CAST);
    Path film = Files.writeString(dir.resolve("my-film.csv"), FILM);
    Corpus corpus = CorpusLoader.load(table, Optional.of(cast), Optional.of(film));
    assertEquals(List.of("Wren"), corpus.cast().orElseThrow().names());
    assertEquals("The Tin Lamp", corpus.film().title());
  }

  @Test
  void aBlankTextIsASkippedReviewNotAFault() throws IOException {
    Corpus corpus =
        CorpusLoader.load(
            file(
                "r.jsonl",
                "{\"review_id\": \"a\", \"text\": \"Wren rows.\"}\n"
                    + "{\"review_id\": \"b\", \"text\": \"  \"}\n"));
    assertEquals(List.of("a"), corpus.reviews().stream().map(Review::id).toList());
    assertEquals("empty: the row holds no text", corpus.skipped().get(0).reason());
  }

  @Test
  void badRowsAreRefusedNamingTheFileAndTheLineTheRowStartsOn() throws IOException {
    Path multiLine =
        file("multi.csv", "review_id,text\nfirst,\"one\ntwo\nthree\"\nfirst,\"again\"\n");
    assertEquals(multiLine + ":5: duplicate review id 'first'", refused(multiLine));
    Path json =
        file("bad.jsonl", "{\"review_id\": \"a\", \"text\": \"x\"}\n{\"review_id\": \"b\"\n");
    assertTrue(refused(json).startsWith(json + ":2: malformed JSON"), refused(json));
    Path missing = file("missing.jsonl", "{\"review_id\": \"a\"}\n");
    assertEquals(missing + ":1: missing key 'text'", refused(missing));
    Path unknown =
        file("unknown.jsonl", "{\"review_id\": \"a\", \"text\": \"x\", \"stars\": \"4\"}\n");
    assertEquals(
        unknown + ":1: unknown key 'stars'; expected review_id and text", refused(unknown));
    Path number = file("number.jsonl", "{\"review_id\": 7, \"text\": \"x\"}\n");
    assertEquals(number + ":1: 'review_id' must be a string", refused(number));
    Path id = file("id.csv", "review_id,text\n../etc,x\n");
    assertTrue(refused(id).startsWith(id + ":2: illegal review id '../etc'"), refused(id));
    Path column = file("column.csv", "review_id,body\na,x\n");
    assertEquals(column + ":1: unknown column 'body'; expected review_id, text", refused(column));
    Path empty = file("empty.csv", "review_id,text\n");
    assertEquals(empty + ": empty corpus: no review rows", refused(empty));
  }

  @Test
  void aMissingFileIsNamed() {
    Path gone = dir.resolve("gone.csv");
    assertEquals(gone + ": missing corpus file", refused(gone));
  }

  private static String refused(Path corpus) {
    return assertThrows(InputException.class, () -> CorpusLoader.load(corpus)).getMessage();
  }
}
