package org.reviewlens.extract.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where a title or a name is written, as whole words only. */
class ReferentsTest {
  private static List<String> uses(String text, String phrase, int flags) {
    return Referents.uses(text, phrase, flags).stream()
        .map(u -> u[0] + "-" + u[1] + ":" + text.substring(u[0], u[1]))
        .toList();
  }

  @Test
  void aPhraseCountsOnlyAsWholeWords() {
    assertEquals(List.of("0-3:Ani", "18-21:Ani"), uses("Ani and Anita see Ani.", "Ani", 0));
  }

  @Test
  void aTitleIsFoundWhateverItsCapitals() {
    assertEquals(
        List.of("4-16:Cold Pursuit", "21-33:COLD PURSUIT"),
        uses("See Cold Pursuit, or COLD PURSUIT.", "Cold Pursuit", Pattern.CASE_INSENSITIVE));
  }

  @Test
  void aBlankPhraseIsNowhere() {
    assertEquals(List.of(), uses("Any text.", " ", 0));
  }
}
