package org.reviewlens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reviewlens.annotate.SentenceAnnotation;
import org.reviewlens.annotate.Token;

/**
 * Finds the sentence that holds a character offset: the last sentence that begins at or before it
 * (the first sentence for an offset before any). An offset in the space between two sentences
 * belongs to the one before.
 */
public final class SentenceLocator {
  private final int[] begins;
  private final int[] indexes;

  private SentenceLocator(List<int[]> beginAndIndex) {
    begins = beginAndIndex.stream().mapToInt(p -> p[0]).toArray();
    indexes = beginAndIndex.stream().mapToInt(p -> p[1]).toArray();
  }

  /** A locator over CoreNLP's sentences. */
  public static SentenceLocator of(List<SentenceAnnotation> sentences) {
    List<int[]> starts = new ArrayList<>();
    sentences.forEach(s -> starts.add(new int[] {s.charBegin(), s.index()}));
    return new SentenceLocator(starts);
  }

  /** A locator over the sentences the tokens belong to, each beginning at its first token. */
  public static SentenceLocator ofTokens(List<Token> tokens) {
    List<int[]> starts = new ArrayList<>();
    for (Token t : tokens) {
      if (starts.isEmpty() || starts.get(starts.size() - 1)[1] != t.sentenceIndex()) {
        starts.add(new int[] {t.charBegin(), t.sentenceIndex()});
      }
    }
    return new SentenceLocator(starts);
  }

  /** The index of the sentence holding the offset; 0 when there are no sentences. */
  public int sentenceOf(int offset) {
    int at = Arrays.binarySearch(begins, offset);
    int last = at >= 0 ? at : -at - 2;
    return last < 0 ? (indexes.length == 0 ? 0 : indexes[0]) : indexes[last];
  }
}
