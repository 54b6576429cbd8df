package org.reviewlens.analyse.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reviewlens.extract.Sentence;
import org.reviewlens.extract.Word;
import org.reviewlens.extract.roles.RoleLexicon;

/**
 * The verdict model's context generator: what it reads in one sentence of the critic's voice.
 *
 * <ul>
 *   <li>CoreNLP's five class probabilities, alone and by the sentence's role (a judging sentence's
 *       tone says more than a retelling one's);
 *   <li>how far the sentence's words lean toward a favourable review ({@link PolarityModel}), alone
 *       and by role;
 *   <li>the critic's judging words, praise and fault apart, negation applied (the sentence's {@link
 *       Sentence#judgement()});
 *   <li>the same two readings again for the opening and the closing sentences, which carry the
 *       verdict more often than the middle;
 *   <li>the sentence's words (lemmas of adjectives, adverbs, nouns, verbs and interjections),
 *       marked {@code not_} after a negator until the next punctuation ("not_worth").
 * </ul>
 *
 * A review's features are the mean of its sentences': over the sentences of the feature's role for
 * a feature of one role ("praise|evaluation"), over all of them otherwise. A sentence's part in the
 * verdict is therefore its own features times the weights, each divided by that count ({@link
 * VerdictModel#read}).
 */
public final class VerdictFeatures {
  /** Where the opening ends and the closing begins, as a share of the review. */
  static final double OPENING = 0.15;

  static final double CLOSING = 0.8;

  /** What separates a feature from the role it is read in: "praise|evaluation". */
  static final String ROLE = "|";

  /** What a word feature's name starts with. */
  static final String WORD = "w=";

  private static final List<String> CONTENT_TAGS = List.of("JJ", "RB", "NN", "VB", "UH");
  private static final String[] CLASSES = {"vneg", "neg", "neu", "pos", "vpos"};

  private final PolarityModel polarity;

  /** Features that read the words' polarity with this model. */
  VerdictFeatures(PolarityModel polarity) {
    this.polarity = polarity;
  }

  /**
   * One sentence's features and their values.
   *
   * @param words the sentence's tokens, in order
   */
  Map<String, Double> of(Sentence sentence, List<Word> words) {
    Map<String, Double> features = new TreeMap<>();
    String role = role(sentence);
    List<Double> p = sentence.probabilities();
    for (int k = 0; k < p.size(); k++) {
      add(features, "tone:" + CLASSES[k], p.get(k));
      add(features, "tone:" + CLASSES[k] + ROLE + role, p.get(k));
    }
    double lean = polarity.lean(sentence.text());
    add(features, "lean", lean);
    add(features, "lean" + ROLE + role, lean);
    double praise = Math.max(0, sentence.judgement());
    double fault = Math.max(0, -sentence.judgement());
    add(features, "praise" + ROLE + role, praise);
    add(features, "fault" + ROLE + role, fault);
    String place =
        sentence.position() <= OPENING
            ? "opening"
            : sentence.position() >= CLOSING ? "closing" : "";
    if (!place.isEmpty()) {
      add(features, "praise@" + place, praise);
      add(features, "fault@" + place, fault);
      add(features, "tone@" + place, sentence.score());
      add(features, "lean@" + place, lean);
    }
    for (String w : words(words)) {
      features.put(WORD + w, 1.0);
    }
    return features;
  }

  /** The sentence's role, as features name it. */
  static String role(Sentence sentence) {
    return sentence.role().name().toLowerCase(Locale.ROOT);
  }

  /** The content lemmas of a sentence, lower case, {@code not_} within a negation's reach. */
  static List<String> words(List<Word> words) {
    RoleLexicon lexicon = RoleLexicon.get();
    List<String> result = new ArrayList<>();
    boolean negated = false;
    for (Word w : words) {
      String lemma = w.lemma().toLowerCase(Locale.ROOT);
      if (lexicon.isNegator(lemma)) {
        negated = true;
      } else if (isPunctuation(w.pos())) {
        negated = false;
      } else if (isContent(w.pos())) {
        result.add(negated ? "not_" + lemma : lemma);
      }
    }
    return result;
  }

  private static boolean isContent(String pos) {
    return !pos.startsWith("NNP") && CONTENT_TAGS.stream().anyMatch(pos::startsWith);
  }

  private static boolean isPunctuation(String pos) {
    return pos.equals(",") || pos.equals(".") || pos.equals(":");
  }

  private static void add(Map<String, Double> features, String name, double value) {
    if (value != 0) {
      features.merge(name, value, Double::sum);
    }
  }
}
