package org.reviewlens.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewlens.extract.Fixtures;

class ScriptLinesTest {
  @Test
  void lineOpeningWithNameAndColonIsDialogue() {
    String text =
        "He left.\n"
            + "Ani: So you wanna get married to me, vanya?\n"
            + "Anora: (a beat) three carats.\n"
            + "PART TWO: Ani smiles";
    List<ScriptLine> lines = ScriptLines.find(text, Fixtures.names(text));
    assertEquals(List.of("Ani", "Ani"), lines.stream().map(ScriptLine::speaker).toList());
    assertEquals(
        "So you wanna get married to me, vanya?",
        text.substring(lines.get(0).textBegin(), lines.get(0).lineEnd()).strip());
  }

  @Test
  void nameInsideALineIsNotALabel() {
    String text = "When Ivan proposed to Ani: nothing.";
    assertEquals(List.of(), ScriptLines.find(text, Fixtures.names(text)));
  }
}
