package org.reviewlens.extract.names;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewlens.extract.NameSpan;
import org.reviewlens.extract.title.LongTitle;

/**
 * Names that are written but do not refer to the film's character.
 *
 * <ul>
 *   <li><b>Inside the title of another work.</b> A name inside a quoted title that holds more than
 *       the name: “The Tobias Hour”. A quoted name alone (“Juno”) is left to the title rules, and
 *       the film's own title quoted whole ("Thelma and Louise") is the film, not another work.
 *   <li><b>The real person.</b> "the real X" or "the real-life X", when no casting word comes just
 *       before ("Even the real Erin Brockovich praised it"). "Roberts plays the real-life Erin
 *       Brockovich" still names the role.
 * </ul>
 */
public final class NotAMention {
  private static final Pattern QUOTED_TITLE =
      Pattern.compile(
          "[“\"]((?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*|of|the|a|an|and|in|on|at|to|for)(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*|of|the|a|an|and|in|on|at|to|for)){1,7})[”\"]");
  private static final Pattern REAL_BEFORE =
      Pattern.compile("\\b(?:the\\s+)?real(?:[- ]life)?\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CASTING_BEFORE =
      Pattern.compile(
          "\\b(?:as|play|plays|played|playing|portray|portrays|portrayed|portraying)\\s+(?:the\\s+)?real(?:[-"
              + " ]life)?\\s+$",
          Pattern.CASE_INSENSITIVE);

  private NotAMention() {}

  /** Whether the character span does not refer to the character. */
  static boolean applies(String text, NameSpan span) {
    return insideAnotherTitle(text, span) || isTheRealPerson(text, span);
  }

  private static boolean insideAnotherTitle(String text, NameSpan span) {
    int from = Math.max(0, span.begin() - 60);
    Matcher m =
        QUOTED_TITLE.matcher(text.substring(from, Math.min(text.length(), span.end() + 60)));
    while (m.find()) {
      int begin = from + m.start(1);
      int end = from + m.end(1);
      if (begin <= span.begin()
          && span.end() <= end
          && (begin < span.begin() || span.end() < end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTheRealPerson(String text, NameSpan span) {
    String before = text.substring(Math.max(0, span.begin() - 40), span.begin());
    return REAL_BEFORE.matcher(before).find() && !CASTING_BEFORE.matcher(before).find();
  }

  /**
   * The spans without those that do not refer to a character.
   *
   * @param ownTitle where the film's own title is written whole: the names inside it stay
   */
  public static List<NameSpan> removeFrom(String text, List<NameSpan> spans, List<int[]> ownTitle) {
    return spans.stream()
        .filter(s -> !s.isCharacter() || LongTitle.inside(s, ownTitle) || !applies(text, s))
        .toList();
  }
}
