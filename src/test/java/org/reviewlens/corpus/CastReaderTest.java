package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /** 158 uses of the article "A" were once counted as a character with no warning. */
  @Test
  void aOneLetterAliasIsKeptWithAWarningNamingTheLineAndAlias() throws IOException {
    Cast cast = read("Wren,Wren,,,female", "Kestrel,Kestrel|K,,,male");
    assertEquals(List.of("Kestrel", "K"), cast.characters().get(1).aliases());
    assertEquals(1, warnings.size(), warnings.toString());
    String warning = warnings.get(0);
    assertTrue(warning.startsWith(at(3) + "alias 'K' is one letter"), warning);
    assertTrue(warning.contains("will match ordinary words"), warning);
  }

  @Test
  void anAliasThatIsACommonWordIsKeptWithAWarningWhateverItsCase() throws IOException {
    read(
        "Theron,Theron|The,,,male",
        "Shona,Shona|SHE,,,female",
        "Will,Will|Willow,Ossian Brae,Brae|will,male",
        "Idris,Idris,May Okafor,May|Okafor,female");
    assertEquals(4, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith(at(2) + "alias 'The' is a common English word"));
    assertTrue(warnings.get(1).startsWith(at(3) + "alias 'SHE' is a common English word"));
    assertTrue(warnings.get(2).startsWith(at(4) + "alias 'Will' is a common English word"));
    assertTrue(warnings.get(2).contains("will match ordinary words"), warnings.get(2));
    assertTrue(warnings.get(3).startsWith(at(5) + "actor alias 'May' is a common English word"));
  }

  @Test
  void aNameThatIsNotAFunctionWordIsNoWarning() throws IOException {
    read("Mark,Mark|Marky,,,male", "Rose,Rose|Hope,,,female");
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  /** The same character twice once doubled every row of two outputs. */
  @Test
  void aCharacterListedTwiceIsRefusedNamingTheFirstLine() {
    assertEquals(
        at(4) + "duplicate character 'Wren' (first on line 2)",
        refused("Wren,Wren,,,female", "Kestrel,Kestrel,,,male", "Wren,Wren|Wrenny,,,female"));
  }

  /** The README's tour copies cast_suggested.csv to cast.csv: its two extra columns are read. */
  @Test
  void aSuggestedCastIsReadAsItIs() throws IOException {
    Path csv = dir.resolve("cast.csv");
    Files.writeString(
        csv,
        "character,aliases,actor,actor_aliases,gender,confidence,evidence\n"
            + "Wren,Wren|Wren Ashby,Ola Brandt,Ola Brandt|Brandt,female,high,"
            + "\"3 name mentions; credited to an actor: \"\"Wren (Ola Brandt)\"\"\"\n");
    Cast cast = CastReader.read(csv, warnings).orElseThrow();
    assertEquals(List.of("Wren"), cast.names());
    assertEquals("Ola Brandt", cast.characters().get(0).actor());
  }
}
