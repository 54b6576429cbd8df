package org.reviewlens.extract;

import java.util.Set;

/**
 * A possessive pronoun on a word of the actor's craft is the actor's, not the character's: "her
 * performance", "his acting", "her roles", "his career". Critics write it right after a character's
 * name, which is why coreference credits it to the character.
 */
final class PerformancePronoun {
  private static final Set<String> CRAFT =
      Set.of(
          "performance", "acting", "role", "portrayal", "turn", "career", "talent", "range",
          "debut", "filmography", "breakthrough", "ability", "skill", "craft", "delivery",
          "work", "nomination", "oscar", "award", "casting", "screen", "presence", "charisma",
          "chemistry", "accent", "transformation", "star", "stardom");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "hers");

  private PerformancePronoun() {}

  /**
   * Whether the possessive pronoun at review-wide index i owns a word of the actor's craft: the
   * first noun after it, past adjectives and adverbs ("her finest, bravest performance"). The
   * words are read in order rather than from the parse, which can miss the possessive.
   */
  static boolean isAboutThePerformer(DependencyParse parse, int i) {
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

  private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile("JJ.?|RB.?|VBN|VBG|HYPH|CC");
}
