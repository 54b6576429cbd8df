package org.reviewlens.analyse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reviewlens.extract.ExtractedReview;
import org.reviewlens.extract.Mention;
import org.reviewlens.extract.Word;

/**
 * The content lemmas of a review, the vocabulary of the comparison tables.
 *
 * <p>Stopwords are removed by part of speech rather than by a list: only nouns, verbs, adjectives
 * and adverbs count, and the auxiliaries be, have and do are dropped. Character names, actor names,
 * speaker labels and film-title uses are dropped too, because {@code mentions.csv} already counts
 * them and they would otherwise dominate every comparison.
 */
public final class Terms {
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

  private Terms() {}

  /** Lemma counts keyed by review id, in review order. */
  public static Map<String, Map<String, Integer>> byReview(List<ExtractedReview> reviews) {
    Map<String, Map<String, Integer>> terms = new LinkedHashMap<>();
    reviews.forEach(r -> terms.put(r.reviewId(), counts(r)));
    return terms;
  }

  /** Lemma → count for one review, sorted by lemma. */
  public static Map<String, Integer> counts(ExtractedReview review) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Word w : review.words()) {
      if (isContent(w) && !insideMention(w, review.mentions())) {
        counts.merge(w.lemma().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    return counts;
  }

  static boolean isContent(Word w) {
    String lemma = w.lemma().toLowerCase(Locale.ROOT);
    boolean open =
        w.pos().startsWith("NN")
            || w.pos().startsWith("VB")
            || w.pos().startsWith("JJ")
            || w.pos().startsWith("RB");
    return open && lemma.matches("\\p{L}[\\p{L}'’-]*") && !AUXILIARIES.contains(lemma);
  }

  private static boolean insideMention(Word w, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.charBegin() < w.charEnd() && w.charBegin() < m.charEnd()) {
        return true;
      }
    }
    return false;
  }
}
