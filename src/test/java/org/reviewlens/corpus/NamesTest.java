package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void foldDropsAccentsAndCaseAndKeepsTheLength() {
    String text = "AMÉLIE met Zoë and Søren in Łódź.";
    assertEquals("amelie met zoe and soren in lodz.", Names.fold(text));
    assertEquals(text.length(), Names.fold(text).length());
  }

  @Test
  void keyIgnoresSpacesHyphensAndDotsInsideAName() {
    assertEquals(Names.key("Spider-Man"), Names.key("Spiderman"));
    assertEquals(Names.key("Spider-Man"), Names.key("SPIDER MAN"));
    assertEquals(Names.key("Jean-Pierre Jeunet"), Names.key("Jean Pierre Jeunet"));
    assertEquals(Names.key("J.K. Simmons"), Names.key("JK Simmons"));
  }

  @Test
  void keyOfAnAccentedNameEqualsItsPlainSpelling() {
    assertEquals(Names.key("Amelie"), Names.key("Amélie"));
    assertEquals(Names.key("Hélène"), Names.key("HELENE"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertNotEquals(Names.key("Ivan"), Names.key("Iran"));
    assertNotEquals(Names.key("Marie"), Names.key("Mario"));
  }

  @Test
  void keyDropsACombiningAccentWrittenAsItsOwnCharacter() {
    assertEquals(Names.key("Amélie"), Names.key("Ame\u0301lie"));
  }

  @Test
  void keyIgnoresInvisibleFormatCharacters() {
    for (String cf :
        java.util.List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD")) {
      assertEquals(Names.key("Ani Mikheeva"), Names.key("A" + cf + "ni Mikhe" + cf + "eva"));
    }
  }
}
