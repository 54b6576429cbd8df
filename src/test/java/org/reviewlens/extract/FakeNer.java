package org.reviewlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.EntitySpan;
import org.reviewlens.annotate.Token;

/**
 * Annotations for cast-discovery tests without the models: word tokens, NNP when capitalised,
 * PERSON for the given words, and a PERSON entity for each run of them within a line.
 */
public final class FakeNer {
  private FakeNer() {}

  public static AnnotatedReview annotate(String id, String text, Set<String> personWords) {
    List<Token> tokens = new ArrayList<>();
    List<EntitySpan> entities = new ArrayList<>();
    Matcher m = Pattern.compile("\\p{L}+|[^\\s\\p{L}]").matcher(text);
    int runStart = -1;
    int runEnd = -1;
    while (m.find()) {
      if (runStart >= 0 && text.substring(runEnd, m.start()).contains("\n")) {
        entities.add(
            new EntitySpan(0, runStart, runEnd, text.substring(runStart, runEnd), "PERSON"));
        runStart = -1;
      }
      boolean person = personWords.contains(m.group());
      String pos = java.lang.Character.isUpperCase(m.group().charAt(0)) ? "NNP" : "NN";
      tokens.add(
          new Token(0, m.start(), m.end(), m.group(), m.group(), pos, person ? "PERSON" : "O"));
      if (person && runStart < 0) {
        runStart = m.start();
      }
      if (person) {
        runEnd = m.end();
      } else if (runStart >= 0) {
        entities.add(
            new EntitySpan(0, runStart, runEnd, text.substring(runStart, runEnd), "PERSON"));
        runStart = -1;
      }
    }
    return new AnnotatedReview(id, tokens, List.of(), entities, List.of(), List.of());
  }
}
