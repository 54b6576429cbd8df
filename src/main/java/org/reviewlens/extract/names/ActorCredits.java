package org.reviewlens.extract.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reviewlens.extract.NameSpan;

/**
 * Actor names written as a credit to their own character: "Tobias (Ned Fallow)" and "Ned Fallow as
 * Tobias". A credit names the character: a pronoun that follows ("says he will stay") refers to the
 * character, so the actor's name in a credit does not compete with it.
 */
public final class ActorCredits {
  private static final Pattern IN_PARENTHESES = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern AS = Pattern.compile("['’]s?\\s+|\\s+as\\s+(?:the\\s+)?");

  private ActorCredits() {}

  /** The actor spans that are credits to their own character. */
  public static List<NameSpan> find(String text, List<NameSpan> spans) {
    List<NameSpan> credits = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      NameSpan actor = spans.get(i);
      if (actor.role() != NameSpan.Role.ACTOR) {
        continue;
      }
      boolean after =
          i > 0
              && isOwnCharacter(actor, spans.get(i - 1))
              && IN_PARENTHESES
                  .matcher(text.substring(spans.get(i - 1).end(), actor.begin()))
                  .matches();
      boolean before =
          i + 1 < spans.size()
              && isOwnCharacter(actor, spans.get(i + 1))
              && AS.matcher(text.substring(actor.end(), spans.get(i + 1).begin())).matches();
      if (after || before) {
        credits.add(actor);
      }
    }
    return credits;
  }

  private static boolean isOwnCharacter(NameSpan actor, NameSpan other) {
    return other.isCharacter() && other.owner().equals(actor.owner());
  }
}
