package org.reviewlens.extract.people;

import static org.reviewlens.extract.people.NamePatterns.WORD;
import static org.reviewlens.extract.people.NamePatterns.cleanName;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.EntitySpan;
import org.reviewlens.annotate.Token;
import org.reviewlens.corpus.MatchText;
import org.reviewlens.corpus.Names;
import org.reviewlens.corpus.Review;
import org.reviewlens.extract.TokenSpans;
import org.reviewlens.extract.names.NameFinder;

/**
 * The name forms of a film's reviews, before any are joined: the PERSON entities, every use of a
 * word NER calls a person somewhere in the corpus and the parts of a name with a quoted nickname;
 * forms that run two names together are dropped, and every form is counted in every review.
 */
final class NameForms {
  private NameForms() {}

  private static final Pattern NICKNAME =
      Pattern.compile("(" + WORD + ") [“\"](" + WORD + ")[”\"] (" + WORD + ")");

  static void collectForms(
      List<Review> reviews, List<AnnotatedReview> annotations, NameClusters clusters) {
    Set<String> personWords = new HashSet<>();
    for (AnnotatedReview a : annotations) {
      for (Token t : a.tokens()) {
        if (t.ner().equals("PERSON") && t.pos().startsWith("NNP")) {
          personWords.add(t.word());
        }
      }
    }
    for (int i = 0; i < reviews.size(); i++) {
      String text = reviews.get(i).text();
      AnnotatedReview a = annotations.get(i);
      for (EntitySpan e : a.entities()) {
        if (e.type().equals("PERSON") && !TokenSpans.isPronoun(a.tokens(), e)) {
          cleanName(e.text()).ifPresent(clusters::add);
        }
      }
      for (Token t : a.tokens()) {
        if (personWords.contains(t.word()) && t.pos().startsWith("NNP")) {
          cleanName(t.word()).ifPresent(clusters::add);
        }
      }
      Matcher nick = NICKNAME.matcher(text);
      while (nick.find()) {
        String full = clusters.add(nick.group(1) + " " + nick.group(3));
        for (int g = 1; g <= 3; g++) {
          clusters.union(full, clusters.add(nick.group(g)));
        }
      }
    }
  }

  /** Counts every form in every review, the longest form first at each place. */
  static void countForms(List<Review> reviews, NameClusters clusters) {
    List<String> spellings =
        clusters.keys().stream()
            .map(clusters::spelling)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    if (spellings.isEmpty()) {
      return;
    }
    Pattern any =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                + spellings.stream().map(NameFinder::aliasRegex).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])");
    for (Review r : reviews) {
      MatchText folded = MatchText.of(r.text());
      Matcher m = any.matcher(folded.text());
      while (m.find()) {
        String written = r.text().substring(folded.begin(m.start()), folded.end(m.end()));
        if (!written.equals(written.toLowerCase(Locale.ROOT))) {
          clusters.count(Names.key(written), r.id());
        }
      }
    }
  }

  /**
   * NER sometimes runs two names together ("Hester Clara Mott", a photo caption): a form that is a
   * known form followed by a known full name is dropped.
   */
  static void dropRunTogether(NameClusters clusters) {
    for (String key : clusters.keys()) {
      String[] w = clusters.spelling(key).split("\\s+");
      for (int i = 1; i < w.length - 1; i++) {
        String head = String.join(" ", Arrays.copyOfRange(w, 0, i));
        String rest = String.join(" ", Arrays.copyOfRange(w, i, w.length));
        boolean initial = head.length() <= 2 || head.endsWith(".");
        if (!initial && clusters.known(head) && clusters.known(rest) && rest.contains(" ")) {
          clusters.remove(key);
          break;
        }
      }
    }
  }
}
