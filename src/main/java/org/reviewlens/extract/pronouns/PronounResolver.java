package org.reviewlens.extract.pronouns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.annotate.CorefMention;
import org.reviewlens.annotate.Token;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Gender;
import org.reviewlens.extract.NameSpan;
import org.reviewlens.extract.SentenceLocator;

/**
 * Credits third-person pronouns to cast characters through CoreNLP's coreference chains, repaired
 * with the cast list:
 *
 * <ul>
 *   <li>a chain belongs to the character its names name most often; chains that name the same
 *       character are thereby merged, however CoreNLP split them ("Ani" and "Anora");
 *   <li>a chain whose names are mostly an actor's or the director's is never credited to a
 *       character: "Mikey Madison … her performance" is the actress;
 *   <li>a pronoun whose gender contradicts the character's is dropped.
 * </ul>
 *
 * <p>A pronoun in no chain, in a chain that names nobody, in a chain that names both a character
 * and a real person, or in the chain of a character of the other gender, takes the nearest earlier
 * person of its gender within {@value #LOOK_BACK_SENTENCES} sentences: a character's name or
 * credited pronoun, an actor or the director. It is credited only when that person is a character.
 */
public final class PronounResolver {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PronounResolver.class);
  public static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
  public static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");

  private final Cast cast;

  public PronounResolver(Cast cast) {
    this.cast = cast;
  }

  /** A pronoun credited to a character. */
  public record Credit(int sentenceIndex, int begin, int end, String surface, String character) {}

  /** Someone a pronoun could point back to: a character, or a real person (actor, director). */
  private record Antecedent(int sentenceIndex, int begin, String character, Gender gender) {}

  /** How far back, in sentences, a pronoun outside any named chain looks for its antecedent. */
  static final int LOOK_BACK_SENTENCES = 3;

  /**
   * The credited pronouns, in text order.
   *
   * @param tokens the review's tokens, to find pronouns that no chain names
   * @param names every name span except the film-title uses of the title
   * @param genderOf the gender of a span's owner (a character, the actor's character, or the
   *     director)
   */
  public List<Credit> resolve(
      String text,
      List<Token> tokens,
      List<CorefChain> chains,
      List<NameSpan> names,
      Function<NameSpan, Gender> genderOf) {
    Map<Integer, Credit> credits = new TreeMap<>();
    Set<Integer> settled = new HashSet<>();
    List<Antecedent> antecedents = new ArrayList<>();
    for (CorefChain chain : chains) {
      Owner owner = ownerOf(text, chain, names);
      LOG.debug(
          "chain {} {}: {}",
          owner.kind(),
          owner.character().orElse(""),
          chain.mentions().stream().map(m -> m.text() + "@" + m.charBegin()).toList());
      if (owner.kind() == OwnerKind.NONE_NAMED || owner.kind() == OwnerKind.MIXED) {
        continue;
      }
      Gender gender =
          owner.character().flatMap(cast::character).map(c -> c.gender()).orElse(Gender.UNKNOWN);
      for (CorefMention m : chain.mentions()) {
        if (!isGenderedPronoun(m.text())) {
          continue;
        }
        boolean agreeing = agrees(m.text().toLowerCase(Locale.ROOT), gender);
        if (owner.character().isPresent() && !agreeing) {
          // Coreference put it in the chain of a character of the other gender: that chain is
          // wrong about it, so it is decided alone, like a pronoun in no chain.
          continue;
        }
        settled.add(m.charBegin());
        if (owner.character().isPresent()) {
          credits.put(
              m.charBegin(),
              new Credit(
                  m.sentenceIndex(),
                  m.charBegin(),
                  m.charEnd(),
                  m.text(),
                  owner.character().get()));
        }
      }
    }
    SentenceLocator locator = SentenceLocator.ofTokens(tokens);
    for (NameSpan n : names) {
      int sentence = locator.sentenceOf(n.begin());
      antecedents.add(
          new Antecedent(sentence, n.begin(), n.isCharacter() ? n.owner() : "", genderOf.apply(n)));
    }
    credits
        .values()
        .forEach(
            c ->
                antecedents.add(
                    new Antecedent(
                        c.sentenceIndex(), c.begin(), c.character(), genderOf(c.character()))));
    antecedents.sort(Comparator.comparingInt(Antecedent::begin));
    for (Token t : tokens) {
      if (!isGenderedPronoun(t.word()) || settled.contains(t.charBegin())) {
        continue;
      }
      nearestAgreeing(antecedents, t)
          .filter(a -> !a.character().isEmpty())
          .ifPresent(
              a -> {
                Credit c =
                    new Credit(
                        t.sentenceIndex(), t.charBegin(), t.charEnd(), t.word(), a.character());
                credits.put(t.charBegin(), c);
                antecedents.add(
                    new Antecedent(t.sentenceIndex(), t.charBegin(), a.character(), a.gender()));
                antecedents.sort(Comparator.comparingInt(Antecedent::begin));
              });
    }
    return new ArrayList<>(credits.values());
  }

  private Gender genderOf(String character) {
    return cast.character(character).map(c -> c.gender()).orElse(Gender.UNKNOWN);
  }

  /**
   * The closest earlier antecedent, at most {@link #LOOK_BACK_SENTENCES} back, of agreeing gender.
   */
  private static Optional<Antecedent> nearestAgreeing(List<Antecedent> antecedents, Token pronoun) {
    String word = pronoun.word().toLowerCase(Locale.ROOT);
    Antecedent best = null;
    for (Antecedent a : antecedents) {
      if (a.begin() >= pronoun.charBegin()) {
        break;
      }
      if (pronoun.sentenceIndex() - a.sentenceIndex() <= LOOK_BACK_SENTENCES
          && a.gender() != Gender.UNKNOWN
          && agrees(word, a.gender())) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  static boolean isGenderedPronoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return FEMININE.contains(lower) || MASCULINE.contains(lower);
  }

  /** Whether {@code word} is a third-person personal pronoun that can refer to {@code gender}. */
  static boolean agrees(String word, Gender gender) {
    if (FEMININE.contains(word)) {
      return gender != Gender.MALE;
    }
    if (MASCULINE.contains(word)) {
      return gender != Gender.FEMALE;
    }
    return false;
  }

  /** Who a chain is about, by its names. */
  enum OwnerKind {
    /** Its names are a character's: its pronouns are credited to that character. */
    CHARACTER,
    /**
     * Its names are only one character's actor: critics write of the role through the actor ("Clara
     * Mott plays a teenager … she never apologises"), so its pronouns are that character's, except
     * those the extract stage finds to be about the performance.
     */
    ACTOR,
    /**
     * Its names are other real people, or several actors: its pronouns are nobody's in the cast.
     */
    PERSON,
    /** It names both: each pronoun is decided alone. */
    MIXED,
    /** It names nobody: each pronoun is decided alone. */
    NONE_NAMED
  }

  /**
   * A chain's owner; {@code character} is set for {@link OwnerKind#CHARACTER} and {@link
   * OwnerKind#ACTOR}.
   */
  record Owner(OwnerKind kind, Optional<String> character) {
    static Owner of(OwnerKind kind) {
      return new Owner(kind, Optional.empty());
    }
  }

  /**
   * The owner of a chain: the character named most often by the names that open its non-pronoun
   * mentions; a real person when only actors or the director are named; MIXED when both are.
   */
  static Owner ownerOf(String text, CorefChain chain, List<NameSpan> names) {
    Map<String, Integer> votes = new HashMap<>();
    Set<String> actors = new HashSet<>();
    int actorMentions = 0;
    int people = 0;
    for (CorefMention m : chain.mentions()) {
      if (m.isPronoun()) {
        continue;
      }
      Optional<NameSpan> head = headName(text, m, names);
      if (head.isEmpty()) {
        continue;
      }
      if (head.get().isCharacter()) {
        votes.merge(head.get().owner(), 1, Integer::sum);
      } else {
        people++;
        if (head.get().role() == NameSpan.Role.ACTOR) {
          actors.add(head.get().owner());
          actorMentions++;
        }
      }
    }
    Optional<Map.Entry<String, Integer>> best =
        votes.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
    if (best.isPresent() && people > 0) {
      return Owner.of(OwnerKind.MIXED);
    }
    if (best.isEmpty() && actors.size() == 1 && actorMentions == people) {
      return new Owner(OwnerKind.ACTOR, Optional.of(actors.iterator().next()));
    }
    if (best.isPresent()) {
      return new Owner(OwnerKind.CHARACTER, Optional.of(best.get().getKey()));
    }
    return Owner.of(people > 0 ? OwnerKind.PERSON : OwnerKind.NONE_NAMED);
  }

  /** The name a mention opens with, unless it is a possessive ("Ani’s journey" is the journey). */
  private static Optional<NameSpan> headName(String text, CorefMention m, List<NameSpan> names) {
    for (NameSpan name : names) {
      if (name.begin() == m.charBegin() && name.end() <= m.charEnd()) {
        String rest = text.substring(name.end(), m.charEnd());
        boolean possessive = rest.startsWith("'s") || rest.startsWith("’s");
        return possessive ? Optional.empty() : Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
