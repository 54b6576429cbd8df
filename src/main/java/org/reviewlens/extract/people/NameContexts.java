package org.reviewlens.extract.people;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.SentenceAnnotation;
import org.reviewlens.annotate.Token;
import org.reviewlens.corpus.Review;
import org.reviewlens.extract.roles.RoleLexicon;

/**
 * What the sentences that name someone talk about: critics name actors and crew beside words of the
 * craft ("performance", "role", "cast", "directed"), and characters in the plot.
 */
final class NameContexts {
  private NameContexts() {}

  /**
   * The share of the sentences that write one of the spellings that also hold a word of the craft
   * (craft.txt); 0 when no sentence writes one.
   */
  static double craftShare(
      List<String> spellings, List<Review> reviews, List<AnnotatedReview> annotations) {
    Pattern names =
        Pattern.compile(
            spellings.stream()
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")));
    RoleLexicon lexicon = RoleLexicon.get();
    int naming = 0;
    int craft = 0;
    for (int r = 0; r < reviews.size(); r++) {
      String text = reviews.get(r).text();
      AnnotatedReview a = annotations.get(r);
      Set<Integer> craftSentences = new HashSet<>();
      for (Token t : a.tokens()) {
        if (lexicon.isCraft(t.lemma().toLowerCase(Locale.ROOT))) {
          craftSentences.add(t.sentenceIndex());
        }
      }
      for (SentenceAnnotation s : a.sentences()) {
        if (names.matcher(text.substring(s.charBegin(), s.charEnd())).find()) {
          naming++;
          craft += craftSentences.contains(s.index()) ? 1 : 0;
        }
      }
    }
    return naming == 0 ? 0 : (double) craft / naming;
  }
}
