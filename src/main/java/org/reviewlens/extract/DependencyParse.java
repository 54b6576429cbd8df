package org.reviewlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.reviewlens.annotate.Token;

/** Questions about a review's basic Universal Dependencies parse, token by review-wide index. */
public final class DependencyParse {
  private final List<Token> tokens;

  /** Each token's dependents, in text order: asked for often, so found once. */
  private final List<List<Integer>> dependents;

  public DependencyParse(List<Token> tokens) {
    this.tokens = tokens;
    List<List<Integer>> lists = new ArrayList<>();
    tokens.forEach(t -> lists.add(new ArrayList<>()));
    for (int i = 0; i < tokens.size(); i++) {
      int head = tokens.get(i).head();
      if (head >= 0 && head < tokens.size()) {
        lists.get(head).add(i);
      }
    }
    this.dependents = lists.stream().map(List::copyOf).toList();
  }

  /**
   * The head token of the span [begin, end): the token of the span whose head lies outside it, e.g.
   * "Brockovich" for "Erin Brockovich". Empty when no token lies in the span.
   */
  public Optional<Integer> headOf(int begin, int end) {
    List<Integer> inside = tokensIn(begin, end);
    return inside.stream()
        .filter(i -> !inside.contains(tokens.get(i).head()))
        .findFirst()
        .or(() -> inside.stream().reduce((a, b) -> b));
  }

  /** The indices of the tokens that overlap [begin, end). */
  public List<Integer> tokensIn(int begin, int end) {
    return IntStream.range(0, tokens.size())
        .filter(i -> tokens.get(i).charBegin() < end && begin < tokens.get(i).charEnd())
        .boxed()
        .toList();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The lower-case lemma of token i. */
  public String lemma(int i) {
    return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
  }

  /** The relation of token i to its head, without a subtype: "nmod:poss" gives "nmod". */
  public String relation(int i) {
    String r = tokens.get(i).relation();
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  /** The full relation of token i, subtype included. */
  public String fullRelation(int i) {
    return tokens.get(i).relation();
  }

  /** The head of token i, when it has one. */
  public Optional<Integer> head(int i) {
    int h = tokens.get(i).head();
    return h == Token.ROOT ? Optional.empty() : Optional.of(h);
  }

  /** The dependents of token i, in text order. */
  public List<Integer> children(int i) {
    return dependents.get(i);
  }

  /** The dependents of token i with this relation (subtype ignored). */
  public List<Integer> children(int i, String relation) {
    return children(i).stream().filter(c -> relation(c).equals(relation)).toList();
  }

  /**
   * The lemma of the case marker (preposition) nearest to token i, if any: "in" for "in Juno" and
   * for "than in Juno".
   */
  public Optional<String> preposition(int i) {
    return children(i, "case").stream()
        .map(this::lemma)
        .filter(l -> !l.equals("'s") && !l.equals("'"))
        .reduce((a, b) -> b);
  }

  /** Whether token i is a verb or an auxiliary. */
  public boolean isVerb(int i) {
    return tokens.get(i).pos().startsWith("VB") || tokens.get(i).pos().equals("MD");
  }

  /** Whether token i is a noun. */
  public boolean isNoun(int i) {
    return tokens.get(i).pos().startsWith("NN");
  }

  public int size() {
    return tokens.size();
  }
}
