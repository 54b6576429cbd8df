package org.reviewlens.extract.pronouns;

import java.util.Set;
import org.reviewlens.extract.DependencyParse;

/**
 * Pronouns about the performer, not the character: a possessive on a word of the actor's craft
 * ("her performance", "his acting", "her roles", "his career"), or the subject of acting ("she
 * plays", "he carries the film", "he is Oppenheimer in this film"). Critics write them right beside
 * a character's name, which is why coreference credits them to the character.
 */
public final class PerformancePronoun {
  private static final Set<String> CRAFT =
      Set.of(
          "performance",
          "acting",
          "role",
          "portrayal",
          "turn",
          "career",
          "talent",
          "range",
          "debut",
          "filmography",
          "breakthrough",
          "ability",
          "skill",
          "craft",
          "delivery",
          "work",
          "nomination",
          "oscar",
          "award",
          "casting",
          "screen",
          "presence",
          "charisma",
          "chemistry",
          "accent",
          "transformation",
          "star",
          "stardom");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "hers");
  private static final Set<String> SUBJECTS = Set.of("he", "she");
  private static final Set<String> OBJECTS = Set.of("him", "her");
  private static final Set<String> ACTING =
      Set.of(
          "play",
          "portray",
          "deliver",
          "star",
          "shine",
          "act",
          "embody",
          "inhabit",
          "nail",
          "carry",
          "earn",
          "deserve",
          "disappear",
          "transform",
          "command",
          "anchor",
          "imbue",
          "cast",
          "audition",
          "perform",
          "overact",
          "underplay");
  private static final Set<String> AWARDING = Set.of("earn", "win", "land", "nominate", "award");
  private static final Set<String> PERFORMERS =
      Set.of(
          "actor",
          "actress",
          "performer",
          "star",
          "revelation",
          "standout",
          "lead",
          "powerhouse",
          "force");

  private PerformancePronoun() {}

  /**
   * Whether the possessive pronoun at review-wide index i owns a word of the actor's craft: the
   * first noun after it, past adjectives and adverbs ("her finest, bravest performance"). The words
   * are read in order rather than from the parse, which can miss the possessive.
   */
  public static boolean isAboutThePerformer(DependencyParse parse, int i) {
    return ownsACraftWord(parse, i) || performs(parse, i) || isAwarded(parse, i);
  }

  /** Whether the pronoun receives an award: "will earn him a nomination", "won her an Oscar". */
  private static boolean isAwarded(DependencyParse parse, int i) {
    return OBJECTS.contains(parse.token(i).word().toLowerCase(java.util.Locale.ROOT))
        && Set.of("obj", "iobj").contains(parse.relation(i))
        && parse.head(i).map(h -> AWARDING.contains(parse.lemma(h))).orElse(false);
  }

  /**
   * Whether the pronoun is the subject of acting: "she plays", "he delivers", "he carries the
   * film", or "he is Oppenheimer" (an actor is their role; a character is not their own name).
   */
  private static boolean performs(DependencyParse parse, int i) {
    if (!parse.relation(i).equals("nsubj")
        || !SUBJECTS.contains(parse.token(i).word().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return parse
        .head(i)
        .map(
            h ->
                ACTING.contains(parse.lemma(h))
                    || (!parse.children(h, "cop").isEmpty()
                        && (parse.token(h).pos().startsWith("NNP")
                            || PERFORMERS.contains(parse.lemma(h)))))
        .orElse(false);
  }

  private static boolean ownsACraftWord(DependencyParse parse, int i) {
    if (!POSSESSIVES.contains(parse.token(i).word().toLowerCase(java.util.Locale.ROOT))
        || !parse.token(i).pos().equals("PRP$")) {
      return false;
    }
    for (int j = i + 1; j < Math.min(parse.size(), i + 6); j++) {
      String pos = parse.token(j).pos();
      if (parse.token(j).sentenceIndex() != parse.token(i).sentenceIndex()) {
        return false;
      }
      if (pos.startsWith("NN")) {
        return CRAFT.contains(parse.lemma(j));
      }
      if (!MODIFIER.matcher(pos).matches() && !parse.token(j).word().equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern MODIFIER =
      java.util.regex.Pattern.compile("JJ.?|RB.?|VBN|VBG|HYPH|CC");
}
