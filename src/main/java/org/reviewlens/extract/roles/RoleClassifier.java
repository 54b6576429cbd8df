package org.reviewlens.extract.roles;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reviewlens.extract.DependencyParse;

/**
 * Decides the {@link SentenceRole} of each sentence from cues CoreNLP gives: the parse, the parts
 * of speech, the tense, and who the words refer to. The rules, in the order they are tried:
 *
 * <ol>
 *   <li><b>Dialogue.</b> A script-style dialogue line is the film speaking: {@code summary}.
 *   <li><b>Judgement.</b> Any of these makes a sentence {@code evaluation}:
 *       <ul>
 *         <li>an evaluative word ("a tedious second act", "superbly shot"), unless it only
 *             describes a character as a person ("Ani is brilliant", "she is a clever girl") or the
 *             critic or the reader; in a sentence that names an actor or the director every
 *             evaluative word counts, as it describes a performance;
 *         <li>the critic's reaction: "I" or "we" with a verb of opinion or feeling ("I loved it",
 *             "I was moved"), an adjective said of the critic ("I was hooked"), or the critic on
 *             the receiving end ("it made me laugh", "it broke my heart");
 *         <li>a recommendation: "you should see it", "worth the ticket";
 *         <li>a superlative: "the most romantic scene".
 *       </ul>
 *   <li><b>Heading.</b> A short line with no verb and no character: {@code context}.
 *   <li><b>The world around the film.</b> Words of awards, festivals, release and money; a credit
 *       (the director or an actor with direct, write, play, star); the critic's own past in the
 *       main clause ("I had seen his earlier films"): {@code context}.
 *   <li><b>The film named.</b> Unless the main verb only tells the story ("The film follows a
 *       dancer", "it is a film about grief"), a sentence whose subject, object or root is an actor
 *       or the director ("Madison captures her fear"), or that uses the film's title ("as Anora
 *       progresses, he stands out"), speaks of the film, and so judges it: {@code evaluation}.
 *   <li><b>No anchor.</b> A sentence that names no character, no one in the film and nothing of the
 *       film is the critic's aside ({@code context}) when the critic speaks in it ("I", "we",
 *       "our"), when it opens the review, or when it follows an aside; otherwise it goes on with
 *       the story: {@code summary}.
 *   <li><b>Otherwise</b> the sentence retells the story: {@code summary}.
 * </ol>
 */
public final class RoleClassifier {
  /** Who a token names, as the mention rules found it. */
  enum Referent {
    CHARACTER,
    ACTOR,
    DIRECTOR,
    FILM
  }

  private static final Set<String> CRITIC = Set.of("i", "we");
  private static final Set<String> THIRD_PERSON =
      Set.of("he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs");
  private static final Set<String> FINITE_VERBS = Set.of("VB", "VBD", "VBP", "VBZ");
  private static final Set<String> FILM_NOUNS = Set.of("film", "movie", "picture", "flick");
  private static final Set<String> CRITIC_OBJECTS = Set.of("me", "my", "myself");
  private static final Set<String> CRITIC_PRONOUNS =
      Set.of("i", "me", "my", "myself", "we", "us", "our", "ourselves");
  private static final Set<String> READER = Set.of("you", "everyone", "anyone", "audience");
  private static final Set<String> RECOMMENDING_MODALS = Set.of("should", "must");
  private static final Set<String> CREDIT_VERBS =
      Set.of("direct", "write", "produce", "star", "cast", "co-write", "co-star", "play");
  private static final Set<String> STORY_VERBS =
      Set.of(
          "follow",
          "tell",
          "center",
          "centre",
          "revolve",
          "chronicle",
          "concern",
          "begin",
          "open",
          "start",
          "end",
          "take",
          "set",
          "focus",
          "track",
          "trace",
          "depict");
  private static final Set<String> SPEECH_VERBS =
      Set.of("say", "tell", "ask", "yell", "scream", "shout", "reply", "whisper", "beg");
  private static final Set<String> COGNITION_VERBS =
      Set.of("think", "feel", "find", "know", "realize", "realise", "wonder", "believe");
  private static final Set<String> MAIN_CLAUSE = Set.of("nsubj", "root", "obj");

  /** Clauses a critic's statement stands in: not a subordinate "when ..." or "who ...". */
  private static final Set<String> MAIN_VERBS = Set.of("root", "dep", "conj", "parataxis", "ccomp");

  private static final int HEADING_TOKENS = 8;

  private final DependencyParse parse;
  private final Map<Integer, Referent> referents;
  private final RoleLexicon lexicon = RoleLexicon.get();

  /**
   * @param parse the review's tokens and parse
   * @param referents who each token names, by review-wide token index; tokens that name no one are
   *     absent
   */
  public RoleClassifier(DependencyParse parse, Map<Integer, Referent> referents) {
    this.parse = parse;
    this.referents = Map.copyOf(referents);
  }

  /**
   * The role of one sentence.
   *
   * @param tokens the review-wide indices of the sentence's tokens, in order
   * @param dialogue whether the sentence lies on a script-style dialogue line
   * @param previous the decision for the sentence before, empty for a review's first
   */
  public RoleDecision classify(
      List<Integer> tokens, boolean dialogue, Optional<RoleDecision> previous) {
    Decided decided = decide(tokens, dialogue, previous);
    int judgement = dialogue ? 0 : judgement(tokens);
    return new RoleDecision(decided.role(), decided.cue(), judgement);
  }

  private record Decided(SentenceRole role, String cue) {}

  private Decided decide(List<Integer> tokens, boolean dialogue, Optional<RoleDecision> previous) {
    if (dialogue) {
      return new Decided(SentenceRole.SUMMARY, "dialogue line");
    }
    Optional<String> judges = judgementCue(tokens);
    if (judges.isPresent()) {
      return new Decided(SentenceRole.EVALUATION, judges.get());
    }
    if (!tokens.isEmpty() && isHeading(tokens)) {
      return new Decided(SentenceRole.CONTEXT, "heading");
    }
    Optional<String> context = tokens.stream().flatMap(i -> placesTheFilm(i).stream()).findFirst();
    if (context.isPresent()) {
      return new Decided(SentenceRole.CONTEXT, context.get());
    }
    Optional<String> film = speaksOfTheFilm(tokens);
    if (film.isPresent()) {
      return new Decided(SentenceRole.EVALUATION, film.get());
    }
    if (tokens.stream().noneMatch(this::isAnchor)) {
      if (tokens.stream().anyMatch(i -> CRITIC_PRONOUNS.contains(word(i)))) {
        return new Decided(SentenceRole.CONTEXT, "no anchor: the critic's aside");
      }
      if (previous.isEmpty()) {
        return new Decided(SentenceRole.CONTEXT, "no anchor: the review's opening");
      }
      return previous.get().role() == SentenceRole.CONTEXT
          ? new Decided(SentenceRole.CONTEXT, "no anchor: continues an aside")
          : new Decided(SentenceRole.SUMMARY, "no anchor: continues the story");
    }
    return new Decided(SentenceRole.SUMMARY, "story");
  }

  // Rule 2: judgement.

  private Optional<String> judgementCue(List<Integer> tokens) {
    boolean performer = namesAPerformer(tokens);
    boolean story = tellsOfSomeone(tokens);
    for (int i : tokens) {
      if (judges(i, performer, story)) {
        return Optional.of("evaluative word: " + word(i));
      }
      if (parse.isVerb(i) && lexicon.isOpinionVerb(parse.lemma(i)) && hasCriticAsSubject(i)) {
        return Optional.of("critic's reaction: " + word(i));
      }
      if (isRecommendation(i)) {
        return Optional.of("recommendation: " + word(i));
      }
      if (isSuperlative(i)) {
        return Optional.of("superlative: " + word(i) + " " + word(parse.head(i).orElseThrow()));
      }
    }
    if (affectsTheCritic(tokens)) {
      return Optional.of("critic's reaction: me");
    }
    if (!tokens.isEmpty() && isExclamation(tokens)) {
      return Optional.of("exclamation");
    }
    Optional<Integer> feeling = root(tokens).filter(this::isCriticsFeeling);
    if (feeling.isPresent()) {
      return Optional.of("critic's reaction: " + word(feeling.get()));
    }
    return Optional.empty();
  }

  /**
   * An evaluative word, not inside a fixed phrase or used as a discourse marker: "it works well",
   * not "as well" or "Well, ...".
   */
  /**
   * The net strength of the sentence's judging words, each negated when the parse negates it ("not
   * good" is -1, "never dull" +1): how strongly the critic praises (above 0) or faults (below).
   */
  private int judgement(List<Integer> tokens) {
    boolean performer = namesAPerformer(tokens);
    boolean story = tellsOfSomeone(tokens);
    int total = 0;
    for (int i : tokens) {
      if (judges(i, performer, story)) {
        int strength = strength(i);
        total += isNegated(i) ? -strength : strength;
      }
    }
    return total;
  }

  /**
   * Whether the sentence is about someone in the story: it names a character, or it speaks of "he",
   * "she" or "they" and names no one who made the film.
   */
  private boolean tellsOfSomeone(List<Integer> tokens) {
    if (tokens.stream().anyMatch(this::isCharacter)) {
      return true;
    }
    return tokens.stream().noneMatch(this::isFilmPerson)
        && tokens.stream().anyMatch(i -> THIRD_PERSON.contains(word(i)));
  }

  /** The strength of evaluative token i: of its lemma, its word, or the verb it is made from. */
  private int strength(int i) {
    for (String form : List.of(parse.lemma(i), word(i), verbOf(word(i)))) {
      if (lexicon.isEvaluative(form)) {
        return lexicon.strength(form);
      }
    }
    return 0;
  }

  /** Whether evaluative token i judges the film in this sentence (rule 2's first cue). */
  private boolean judges(int i, boolean performer, boolean story) {
    return isEvaluative(i) && isJudgingPartOfSpeech(i) && (performer || judgesTheFilm(i, story));
  }

  private boolean namesAPerformer(List<Integer> tokens) {
    return tokens.stream().anyMatch(i -> isFilmPerson(i) && !isInParentheses(i));
  }

  /**
   * Whether the parse negates token i: a "not", "never" or "no" on the word, on the first of its
   * conjuncts, or on the word it modifies ("not a good film", "it isn't good", "never dull").
   */
  private boolean isNegated(int i) {
    int word = firstConjunct(i);
    List<Integer> scope = new java.util.ArrayList<>(List.of(i, word));
    parse.head(word).filter(h -> !parse.relation(word).equals("root")).ifPresent(scope::add);
    return scope.stream()
        .flatMap(w -> parse.children(w).stream())
        .anyMatch(c -> lexicon.isNegator(parse.lemma(c)) || word(c).equals("n't"));
  }

  private boolean isEvaluative(int i) {
    String relation = parse.relation(i);
    if (relation.equals("fixed") || relation.equals("discourse")) {
      return false;
    }
    return lexicon.isEvaluative(parse.lemma(i))
        || lexicon.isEvaluative(word(i))
        || lexicon.isEvaluative(verbOf(word(i)));
  }

  /**
   * The verb an adjective in -ing is made from, for the word list: "enriching" gives "enrich".
   * Other words come back unchanged.
   */
  static String verbOf(String word) {
    return word.length() > 6 && word.endsWith("ing") ? word.substring(0, word.length() - 3) : word;
  }

  /** "The most romantic scene", "the least convincing": a ranking is a judgement. */
  private boolean isSuperlative(int i) {
    return (word(i).equals("most") || word(i).equals("least"))
        && parse.relation(i).equals("advmod")
        && parse.head(i).filter(h -> parse.token(h).pos().startsWith("JJ")).isPresent();
  }

  /**
   * Adjectives, adverbs, finite verbs ("it fails") and common nouns judge; a participle judges only
   * where it acts as an adjective ("a moving film", "it is moving"), not as a verb ("touching her
   * hand").
   */
  private boolean isJudgingPartOfSpeech(int i) {
    String pos = parse.token(i).pos();
    if (pos.startsWith("JJ") || pos.startsWith("RB") || FINITE_VERBS.contains(pos)) {
      return true;
    }
    if (pos.equals("NN") || pos.equals("NNS")) {
      return !parse.relation(i).equals("compound");
    }
    int first = firstConjunct(i);
    return (pos.equals("VBG") || pos.equals("VBN"))
        && (parse.relation(first).equals("amod")
            || !parse.children(first, "cop").isEmpty()
            || !parse.children(first, "nsubj").isEmpty());
  }

  /**
   * Whether evaluative token i judges the film rather than describing the story: a word of the
   * writing ("layered") judges even a character; another word must not describe a character, the
   * critic or the reader as a person; and in a sentence that names a character, a word that
   * modifies a noun judges only when the noun is the film's craft or what the sentence says
   * something is ("a solid film", "it is a moving portrait", not "her slow erosion").
   *
   * @param story whether the sentence names a character
   */
  private boolean judgesTheFilm(int i, boolean story) {
    if (lexicon.judgesWriting(parse.lemma(i)) || lexicon.judgesWriting(word(i))) {
      return true;
    }
    if (describesACharacter(i) || isSaidOfAPerson(i)) {
      return false;
    }
    int word = firstConjunct(i);
    if (!story || !parse.relation(word).equals("amod") || parse.head(word).isEmpty()) {
      return true;
    }
    int noun = firstConjunct(parse.head(word).get());
    return isTheFilm(noun)
        || !parse.children(noun, "nsubj").isEmpty()
        || parse.relation(noun).equals("root")
        || parse.relation(noun).equals("nsubj")
            && parse.head(noun).filter(h -> parse.relation(h).equals("root")).isPresent();
  }

  /**
   * Whether evaluative token i only describes a character as a person: it modifies a character's
   * name ("brilliant Ani"), it is said of one ("Ani is brilliant"), or it modifies a noun said of
   * one ("she is a brilliant student").
   */
  private boolean describesACharacter(int i) {
    int word = firstConjunct(i);
    if (hasCharacterSubject(word)) {
      return true;
    }
    Optional<Integer> head = parse.head(word);
    if (head.isEmpty() || !parse.relation(word).equals("amod")) {
      return false;
    }
    int noun = firstConjunct(head.get());
    return isCharacter(noun) || hasCharacterSubject(noun);
  }

  /** "Are you stupid?", "I was lazy": a word said of the reader or the critic judges no film. */
  private boolean isSaidOfAPerson(int i) {
    return parse.children(firstConjunct(i), "nsubj").stream()
        .anyMatch(s -> READER.contains(parse.lemma(s)) || CRITIC.contains(parse.lemma(s)));
  }

  /** The first of a run of conjuncts: "sharp" for "clever" in "sharp and clever". */
  private int firstConjunct(int i) {
    int word = i;
    while (parse.relation(word).equals("conj") && parse.head(word).isPresent()) {
      word = parse.head(word).get();
    }
    return word;
  }

  private boolean hasCharacterSubject(int i) {
    return parse.children(i, "nsubj").stream().anyMatch(this::isCharacter);
  }

  private boolean hasCriticAsSubject(int verb) {
    return parse.children(verb, "nsubj").stream().anyMatch(s -> CRITIC.contains(parse.lemma(s)));
  }

  /**
   * "It made me laugh", "it broke my heart", "would she look down on me?": the critic is on the
   * receiving end of a sentence whose subject is someone else. Reported speech ("she said, don't
   * cheat me") is the story talking.
   */
  private boolean affectsTheCritic(List<Integer> tokens) {
    Optional<Integer> root = root(tokens);
    if (root.isEmpty() || SPEECH_VERBS.contains(parse.lemma(root.get()))) {
      return false;
    }
    boolean speakerIsSubject =
        parse.children(root.get(), "nsubj").stream()
            .anyMatch(s -> CRITIC.contains(parse.lemma(s)) || READER.contains(parse.lemma(s)));
    return !speakerIsSubject && tokens.stream().anyMatch(i -> CRITIC_OBJECTS.contains(word(i)));
  }

  /**
   * "I was hooked", "I wasn't sure": an adjective or passive participle said of the critic, not a
   * perfect tense ("I had seen").
   */
  private boolean isCriticsFeeling(int root) {
    String pos = parse.token(root).pos();
    boolean passive =
        pos.equals("VBN")
            && parse.children(root, "aux").stream().noneMatch(a -> parse.lemma(a).equals("have"));
    return (pos.startsWith("JJ") || passive) && hasCriticAsSubject(root);
  }

  /** "You should see it", "worth the ticket". */
  private boolean isRecommendation(int i) {
    String lemma = parse.lemma(i);
    if (lemma.equals("worth") || lemma.equals("recommend")) {
      return true;
    }
    return RECOMMENDING_MODALS.contains(lemma)
        && parse.token(i).pos().equals("MD")
        && parse.head(i).stream()
            .flatMap(h -> parse.children(h, "nsubj").stream())
            .anyMatch(s -> READER.contains(parse.lemma(s)));
  }

  // Rule 3: heading.

  /**
   * A short line without a verb that reads as a title: labelled with a colon ("PART ONE: The
   * Viewing") or ending without a full stop ("Part two"). A verbless fragment ending in a full
   * stop, a question or an exclamation belongs to the prose ("A cold night in Queens.").
   */
  private boolean isHeading(List<Integer> tokens) {
    if (tokens.size() > HEADING_TOKENS || tokens.stream().anyMatch(parse::isVerb)) {
      return false;
    }
    boolean labelled = tokens.stream().anyMatch(i -> parse.token(i).word().equals(":"));
    String last = parse.token(tokens.get(tokens.size() - 1)).word();
    return labelled || !(last.equals(".") || last.equals("!") || last.equals("?"));
  }

  /** "What a movie!", "Why oh why!": a short verbless exclamation is the critic reacting. */
  private boolean isExclamation(List<Integer> tokens) {
    return tokens.size() <= HEADING_TOKENS
        && tokens.stream().noneMatch(parse::isVerb)
        && parse.token(tokens.get(tokens.size() - 1)).word().equals("!");
  }

  // Rule 4: the world around the film.

  /** The cue by which token i places the film in the world around it, if it does. */
  private Optional<String> placesTheFilm(int i) {
    String lemma = parse.lemma(i);
    String pos = parse.token(i).pos();
    if (lexicon.isContext(lemma) && (pos.startsWith("NN") || pos.startsWith("VB"))) {
      return Optional.of("context word: " + word(i));
    }
    if (parse.isVerb(i)
        && CREDIT_VERBS.contains(lemma)
        && parse.children(i).stream().anyMatch(this::isFilmPerson)) {
      return Optional.of("credit: " + word(i));
    }
    if (parse.relation(i).equals("root")
        && !COGNITION_VERBS.contains(lemma)
        && hasCriticAsSubject(i)
        && isPastOrPerfect(i)) {
      return Optional.of("critic's own past: " + word(i));
    }
    return Optional.empty();
  }

  /** "saw", "didn't look", "had seen": a verb the critic tells of their past with. */
  private boolean isPastOrPerfect(int verb) {
    String pos = parse.token(verb).pos();
    if (pos.equals("VBD")) {
      return true;
    }
    List<Integer> auxiliaries = parse.children(verb, "aux");
    if (pos.equals("VB")) {
      return auxiliaries.stream()
          .anyMatch(a -> parse.token(a).pos().equals("VBD") && parse.lemma(a).equals("do"));
    }
    return pos.equals("VBN") && auxiliaries.stream().anyMatch(a -> parse.lemma(a).equals("have"));
  }

  // Rule 5: the film as subject.

  /** The cue by which a sentence speaks of the film rather than its story, if it does. */
  private Optional<String> speaksOfTheFilm(List<Integer> tokens) {
    if (tellsTheStory(tokens)) {
      return Optional.empty();
    }
    for (int i : tokens) {
      if (isFilmPerson(i) && isInTheMainClause(i)) {
        return Optional.of("film person in the main clause: " + word(i));
      }
      if (referents.get(i) == Referent.FILM) {
        return Optional.of("the film's title: " + word(i));
      }
      if (FILM_NOUNS.contains(parse.lemma(i)) && parse.isNoun(i) && isInTheMainClause(i)) {
        return Optional.of("the film in the main clause: " + word(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether token i is the root, or the subject or object of the root, or the possessor of one:
   * "Borisov's performance adds", "the heart of it is Borisov", not "in the back half of the film"
   * or "before the film started".
   */
  private boolean isInTheMainClause(int i) {
    int word = firstConjunct(i);
    if (parse.relation(word).equals("nmod") && parse.head(word).isPresent()) {
      word = parse.head(word).get();
    }
    if (parse.relation(word).equals("root")) {
      return true;
    }
    return MAIN_CLAUSE.contains(parse.relation(word))
        && parse.head(word).filter(h -> MAIN_VERBS.contains(parse.relation(h))).isPresent();
  }

  /**
   * Whether the main verb only tells the story: "the film follows", "it opens on", "a film about
   * grief".
   */
  private boolean tellsTheStory(List<Integer> tokens) {
    Optional<Integer> root = root(tokens);
    if (root.filter(r -> STORY_VERBS.contains(parse.lemma(r)) && hasFilmSubject(r)).isPresent()) {
      return true;
    }
    return tokens.stream()
        .anyMatch(
            i ->
                parse.lemma(i).equals("about")
                    && (parse.relation(i).equals("case") || parse.relation(i).equals("mark"))
                    && (parse.head(i).equals(root)
                        || parse.head(i).flatMap(parse::head).equals(root)));
  }

  private boolean hasFilmSubject(int verb) {
    return parse.children(verb, "nsubj").stream()
        .anyMatch(s -> isTheFilm(s) || parse.lemma(s).equals("it"));
  }

  /** "Anora (Mikey Madison)": a credit in parentheses, not a sentence about the performer. */
  private boolean isInParentheses(int i) {
    int first = i;
    while (first > 0 && referents.get(first - 1) == referents.get(i)) {
      first--;
    }
    if (first == 0) {
      return false;
    }
    String before = parse.token(first - 1).word();
    return before.equals("(") || before.equals("-LRB-");
  }

  // Shared questions.

  private Optional<Integer> root(List<Integer> tokens) {
    return tokens.stream().filter(i -> parse.relation(i).equals("root")).findFirst();
  }

  private boolean isCharacter(int i) {
    return referents.get(i) == Referent.CHARACTER;
  }

  private boolean isFilmPerson(int i) {
    Referent r = referents.get(i);
    return r == Referent.ACTOR || r == Referent.DIRECTOR;
  }

  /** Whether token i names the film, a part of its craft, an actor or the director. */
  private boolean isTheFilm(int i) {
    return isFilmPerson(i)
        || referents.get(i) == Referent.FILM
        || (parse.isNoun(i) && lexicon.isCraft(parse.lemma(i)));
  }

  /** Whether token i ties the sentence to the film or its story (rule 6). */
  private boolean isAnchor(int i) {
    return referents.containsKey(i) || isTheFilm(i) || parse.token(i).ner().equals("PERSON");
  }

  private String word(int i) {
    return parse.token(i).word().toLowerCase(Locale.ROOT);
  }
}
