package org.reviewlens.annotate;

import java.io.Serializable;

/**
 * One mention in a coreference chain.
 *
 * @param sentenceIndex the 0-based sentence of the mention
 * @param charBegin offset of the mention's first character
 * @param charEnd offset just past its last character
 * @param text the mention as written
 * @param type CoreNLP's mention type: PRONOMINAL, PROPER, NOMINAL or LIST
 * @param gender CoreNLP's guess: MALE, FEMALE, NEUTRAL or UNKNOWN
 */
public record CorefMention(
    int sentenceIndex, int charBegin, int charEnd, String text, String type, String gender)
    implements Serializable {

  /** Whether CoreNLP calls this mention a pronoun. */
  public boolean isPronoun() {
    return "PRONOMINAL".equals(type);
  }
}
