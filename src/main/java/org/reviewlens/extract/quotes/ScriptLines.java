package org.reviewlens.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewlens.extract.NameSpan;
import org.reviewlens.extract.names.NameFinder;

/**
 * Finds script-style dialogue lines: a line that opens with a character's name, an optional stage
 * direction in parentheses, and a colon. The name is matched by {@link NameFinder}, so "Anora:" and
 * "ani:" both count.
 */
public final class ScriptLines {
  private static final Pattern LABEL_TAIL = Pattern.compile("\\G[ \\t]*:");

  private ScriptLines() {}

  /** The dialogue lines of a text, given the name spans found in it. */
  public static List<ScriptLine> find(String text, List<NameSpan> spans) {
    List<ScriptLine> lines = new ArrayList<>();
    for (NameSpan span : spans) {
      if (!span.isCharacter() || !startsLine(text, span.begin())) {
        continue;
      }
      Matcher colon = LABEL_TAIL.matcher(text);
      if (colon.find(span.end())) {
        int lineEnd = text.indexOf('\n', span.end());
        lines.add(
            new ScriptLine(
                span.begin(),
                span.end(),
                colon.end(),
                lineEnd < 0 ? text.length() : lineEnd,
                span.owner()));
      }
    }
    return lines;
  }

  private static boolean startsLine(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }
}
