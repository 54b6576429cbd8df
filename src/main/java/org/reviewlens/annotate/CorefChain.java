package org.reviewlens.annotate;

import java.io.Serializable;
import java.util.List;

/** One coreference chain: mentions CoreNLP believes refer to the same entity, in text order. */
public record CorefChain(int id, List<CorefMention> mentions) implements Serializable {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }
}
