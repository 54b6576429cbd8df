package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CastReaderTest {
  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private Cast read(String... rows) throws IOException {
    Path csv = dir.resolve("cast.csv");
    Files.writeString(
        csv, "character,aliases,actor,actor_aliases,gender\n" + String.join("\n", rows) + "\n");
    return CastReader.read(csv, warnings).orElseThrow();
  }

  private String refused(String... rows) {
    return assertThrows(InputException.class, () -> read(rows)).getMessage();
  }

  private String at(int line) {
    return dir.resolve("cast.csv") + ":" + line + ": ";
  }

  /** An alias "-" was once an internal error later on, and "." matched every full stop. */
  @Test
  void aNameOrAliasOfAnyColumnWithoutALetterIsRefused() {
    assertEquals(at(2) + "alias '.' has no letter", refused("Wren,Wren|.,,,female"));
    assertEquals(
        at(3) + "character name '-' has no letter", refused("Wren,Wren,,,female", "-,,,,"));
    assertEquals(at(2) + "actor '?' has no letter", refused("Wren,Wren,?,,female"));
    assertEquals(
        at(2) + "actor alias '--' has no letter", refused("Wren,Wren,Tova Lind,Lind|--,female"));
  }

  @Test
  void aLetterOfAnyScriptCounts() throws IOException {
    Cast cast = read("Мира,Мира|Мирочка,,,female", "Haru,Haru|陽翔,,,male");
    assertEquals(List.of("Мира", "Haru"), cast.names());
  }

  /** The same character twice once doubled every row of two outputs. */
  @Test
  void aCharacterListedTwiceIsRefusedNamingTheFirstLine() {
    assertEquals(
        at(4) + "duplicate character 'Wren' (first on line 2)",
        refused("Wren,Wren,,,female", "Kestrel,Kestrel,,,male", "Wren,Wren|Wrenny,,,female"));
  }
}
