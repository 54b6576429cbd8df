package org.reviewlens.extract.names;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.NameSpan;
import org.reviewlens.extract.SentenceLocator;

/**
 * An actor who also directed the film: each use of their name stands either for the performance (an
 * actor mention) or for the direction (not a mention). Danny DeVito plays Harry Wormwood and
 * directed Matilda; "Harry Wormwood (Danny DeVito)" is the actor, "DeVito's directorial style" the
 * director.
 *
 * <p>The name is the actor when it is in parentheses, when it is followed by a possessive and a
 * character's name ("DeVito's Harry"), or when, without a possessive, its sentence names a
 * character or another actor ("DeVito and Perlman have fun as the parents"). Otherwise it is the
 * director: "DeVito's eye for comedy", "DeVito and Dahl are a good combination".
 */
public final class DirectingActor {
  private final Set<String> directorKeys;

  /** Reads the director's names from the film. */
  public DirectingActor(Film film) {
    this.directorKeys =
        Stream.concat(Stream.of(film.director()), film.directorAliases().stream())
            .map(Names::key)
            .filter(k -> !k.isEmpty())
            .collect(Collectors.toSet());
  }

  /** Whether this actor span is written as one of the director's names. */
  public boolean isDirectorsName(String text, NameSpan span) {
    return span.role() == NameSpan.Role.ACTOR
        && directorKeys.contains(Names.key(text.substring(span.begin(), span.end())));
  }

  /**
   * Whether an actor span that is also the director's name stands for the performance.
   *
   * @param others every name span of the review except the bare title occurrences, whose reading is
   *     not known yet
   */
  public boolean meansThePerformance(
      String text, NameSpan span, List<NameSpan> others, SentenceLocator locator) {
    if (inParentheses(text, span, locator)) {
      return true;
    }
    int possessive = possessiveLength(text, span.end());
    if (possessive > 0) {
      int next = span.end() + possessive;
      return others.stream()
          .anyMatch(
              o ->
                  o.isCharacter()
                      && o.begin() >= next
                      && text.substring(next, o.begin()).isBlank());
    }
    int sentence = locator.sentenceOf(span.begin());
    return others.stream()
        .filter(o -> o.begin() != span.begin())
        .filter(o -> o.isCharacter() || o.role() == NameSpan.Role.ACTOR)
        .filter(o -> !(o.role() == NameSpan.Role.ACTOR && o.owner().equals(span.owner())))
        .anyMatch(o -> locator.sentenceOf(o.begin()) == sentence);
  }

  /** The length of a possessive ('s, ’s or a bare apostrophe) at the offset; 0 if none. */
  private static int possessiveLength(String text, int at) {
    String after = text.substring(at, Math.min(text.length(), at + 2));
    if (after.equals("'s") || after.equals("’s")) {
      return 2;
    }
    return after.startsWith("'") || after.startsWith("’") ? 1 : 0;
  }

  /** An opening parenthesis before the span in its sentence, not closed before it. */
  private static boolean inParentheses(String text, NameSpan span, SentenceLocator locator) {
    int sentence = locator.sentenceOf(span.begin());
    for (int i = span.begin() - 1; i >= 0 && locator.sentenceOf(i) == sentence; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        return false;
      }
      if (c == '(') {
        return true;
      }
    }
    return false;
  }
}
