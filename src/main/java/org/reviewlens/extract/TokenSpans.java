package org.reviewlens.extract;

import java.util.List;
import org.reviewlens.annotate.EntitySpan;
import org.reviewlens.annotate.Token;

/** Questions about the tokens under a stretch of text. */
public final class TokenSpans {
  private TokenSpans() {}

  /** The tokens that overlap [begin, end). */
  static List<Token> covering(List<Token> tokens, int begin, int end) {
    return tokens.stream().filter(t -> t.charBegin() < end && begin < t.charEnd()).toList();
  }

  /**
   * Whether a CoreNLP entity mention is only a pronoun: its entity mentions also hold pronouns it
   * links to a PERSON ("her"), which are not names.
   */
  public static boolean isPronoun(List<Token> tokens, EntitySpan e) {
    return covering(tokens, e.charBegin(), e.charEnd()).stream()
        .allMatch(t -> t.pos().startsWith("PRP") || t.pos().equals("WP"));
  }
}
