package org.reviewlens.extract.roles;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.reviewlens.corpus.WordList;

/**
 * The word lists the sentence-role rules read, from the text files beside this class: evaluative
 * words with their strength, nouns of the film's craft, words of the world around a film, and the
 * verbs of a critic's reaction. Each list is general critical vocabulary, kept in a file so it can
 * be read and changed without touching the rules.
 */
public final class RoleLexicon {
  private static final RoleLexicon INSTANCE = load();

  private final Map<String, Integer> evaluative;
  private final Set<String> writing;
  private final Set<String> craft;
  private final Set<String> context;
  private final Set<String> opinionVerbs;
  private final Set<String> negators;

  private RoleLexicon(
      Map<String, Integer> evaluative,
      Set<String> writing,
      Set<String> craft,
      Set<String> context,
      Set<String> opinionVerbs,
      Set<String> negators) {
    this.evaluative = Map.copyOf(evaluative);
    this.writing = Set.copyOf(writing);
    this.craft = Set.copyOf(craft);
    this.context = Set.copyOf(context);
    this.opinionVerbs = Set.copyOf(opinionVerbs);
    this.negators = Set.copyOf(negators);
  }

  public static RoleLexicon get() {
    return INSTANCE;
  }

  /** Whether a lemma negates: "not", "never", "no" (negators.txt). */
  public boolean isNegator(String lemma) {
    return negators.contains(lemma);
  }

  /** Whether a lemma is evaluative. */
  public boolean isEvaluative(String lemma) {
    return evaluative.containsKey(lemma);
  }

  /**
   * The strength of an evaluative lemma, from -2 (strong fault) through 0 (a judgement either way)
   * to +2 (strong praise); 0 for a lemma that is not evaluative.
   */
  int strength(String lemma) {
    return evaluative.getOrDefault(lemma, 0);
  }

  /**
   * Whether an evaluative lemma judges how a character is written even when said of the character
   * ("she is layered"), marked {@code writing} in evaluative.txt.
   */
  boolean judgesWriting(String lemma) {
    return writing.contains(lemma);
  }

  public boolean isCraft(String lemma) {
    return craft.contains(lemma);
  }

  boolean isContext(String lemma) {
    return context.contains(lemma);
  }

  public boolean isOpinionVerb(String lemma) {
    return opinionVerbs.contains(lemma);
  }

  private static RoleLexicon load() {
    Map<String, Integer> evaluative = new HashMap<>();
    Set<String> writing = new HashSet<>();
    for (String line : lines("evaluative.txt")) {
      String[] parts = line.split("\\s+");
      boolean ofWriting = parts.length == 3 && parts[2].equals("writing");
      if (parts.length != 2 && !ofWriting) {
        throw new IllegalStateException(
            "evaluative.txt: expected 'lemma strength [writing]', got: " + line);
      }
      evaluative.put(parts[0], strength(parts[1], line));
      if (ofWriting) {
        writing.add(parts[0]);
      }
    }
    return new RoleLexicon(
        evaluative,
        writing,
        Set.copyOf(lines("craft.txt")),
        Set.copyOf(lines("context.txt")),
        Set.copyOf(lines("opinion-verbs.txt")),
        Set.copyOf(lines("negators.txt")));
  }

  private static int strength(String mark, String line) {
    try {
      int strength = Integer.parseInt(mark);
      if (Math.abs(strength) <= 2) {
        return strength;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException("evaluative.txt: strength must be -2 to +2: " + line);
  }

  /** The entries of a word list. */
  private static java.util.List<String> lines(String name) {
    return WordList.lines(RoleLexicon.class, name);
  }
}
