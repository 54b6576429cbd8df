package org.reviewlens.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.Sentence;

/**
 * What the tone analyses read: the reviewer's own voice. Sentences on script-style dialogue lines
 * are left out unless {@link ToneOptions#includeDialogue()} says otherwise.
 */
final class Tone {
  private final ToneOptions options;

  Tone(ToneOptions options) {
    this.options = options;
  }

  ToneOptions options() {
    return options;
  }

  /** The sentences that speak in the reviewer's voice, in order. */
  List<Sentence> voice(ExtractedReview review) {
    return review.sentences().stream().filter(this::reads).toList();
  }

  /** Whether the tone analyses read this sentence: it is in the reviewer's voice. */
  boolean reads(Sentence sentence) {
    return options.includeDialogue() || !sentence.dialogue();
  }

  /**
   * The reviewer's-voice sentences that hold a mention of the character ({@link Mention#isAbout}).
   */
  List<Sentence> about(ExtractedReview review, String character) {
    Set<Integer> indexes = new HashSet<>();
    for (Mention m : review.mentions()) {
      if (m.isAbout(character)) {
        indexes.add(m.sentenceIndex());
      }
    }
    return voice(review).stream().filter(s -> indexes.contains(s.index())).toList();
  }

  static double[] scores(List<Sentence> sentences) {
    return sentences.stream().mapToDouble(Sentence::score).toArray();
  }

  /** Groups CoreNLP's five labels into negative, neutral and positive. */
  static String groupOf(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    if (lower.contains("negative")) {
      return "negative";
    }
    return lower.contains("positive") ? "positive" : "neutral";
  }
}
