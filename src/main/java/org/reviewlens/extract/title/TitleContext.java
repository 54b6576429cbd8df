package org.reviewlens.extract.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.reviewlens.extract.DependencyParse;
import org.reviewlens.extract.roles.RoleLexicon;

/**
 * The features of one bare title occurrence, for {@link TitleModel}: what every {@link TitleCue}
 * reads, the occurrence's place in the parse and in the review, and the review's habit (what the
 * cues read in its other occurrences). The title's own letters are never a feature: the model must
 * learn how reviewers write, not which films it was trained on.
 *
 * <p>This is the model's context generator, in OpenNLP's sense: the same code makes the features
 * when a model is trained and when it is used.
 */
final class TitleContext {
  private TitleContext() {}

  /**
   * The features of each occurrence of one review, in the order given.
   *
   * @param occurrences every bare title occurrence of the review, in text order
   * @param otherNames how often the review calls the title character by another name
   */
  static List<List<String>> of(List<TitleOccurrence> occurrences, long otherNames) {
    List<Optional<TitleReading>> first = occurrences.stream().map(TitleContext::firstCue).toList();
    List<List<String>> contexts = new ArrayList<>();
    for (int i = 0; i < occurrences.size(); i++) {
      List<String> features = new ArrayList<>();
      features.add("bias");
      TitleOccurrence o = occurrences.get(i);
      cues(o, features);
      parse(o, features);
      place(o, features);
      sentence(o, features);
      String habit = habit(first, i, features);
      if (first.get(i).isEmpty()) {
        features.add("uncued_habit=" + habit);
      }
      features.add("titles=" + bucket(occurrences.size()));
      features.add(
          "other_names="
              + (otherNames == 0 ? "none" : otherNames >= occurrences.size() ? "more" : "fewer"));
      if (o.style().quotesNames()) {
        features.add("style=quotes_names");
      }
      if (o.style().capitalisesNames()) {
        features.add("style=capitalises_names");
      }
      contexts.add(List.copyOf(features));
    }
    return contexts;
  }

  /** The reading of the first cue, in {@link TitleCue}'s order, that reads the occurrence. */
  static Optional<TitleReading> firstCue(TitleOccurrence o) {
    for (TitleCue cue : TitleCue.values()) {
      if (cue == TitleCue.COREFERENCE) {
        continue;
      }
      Optional<TitleReading> reading = cue.read(o);
      if (reading.isPresent()) {
        return reading;
      }
    }
    return Optional.empty();
  }

  /** What each cue reads; the cues' old order survives as the first cue's reading. */
  private static void cues(TitleOccurrence o, List<String> features) {
    boolean any = false;
    for (TitleCue cue : TitleCue.values()) {
      Optional<TitleReading> reading = cue.read(o);
      if (reading.isPresent()) {
        features.add("cue=" + cue.name() + "=" + reading.get());
        any |= cue != TitleCue.COREFERENCE;
      }
    }
    features.add("first_cue=" + firstCue(o).map(Enum::name).orElse("none"));
    if (!any) {
      features.add("no_cue");
    }
  }

  /** The occurrence's relation to the word it depends on, and that word. */
  private static void parse(TitleOccurrence o, List<String> features) {
    if (o.head().isEmpty()) {
      features.add("rel=unparsed");
      return;
    }
    DependencyParse p = o.parse();
    int h = o.head().get();
    String relation = p.fullRelation(h);
    features.add("rel=" + relation);
    p.preposition(h).ifPresent(prep -> features.add("prep=" + lower(prep)));
    relativePronoun(p, h).ifPresent(w -> features.add("relative=" + w));
    Optional<Integer> governor = p.head(h);
    if (governor.isPresent()) {
      int g = governor.get();
      features.add("gov_pos=" + coarse(p.token(g).pos()));
      classes(lower(p.lemma(g))).forEach(c -> features.add("gov_class=" + c));
      features.add("gov=" + p.relation(h) + ":" + lower(p.lemma(g)));
      if (!p.children(g, "cop").isEmpty()) {
        features.add("copula");
      }
      clausePronouns(p, g, h).forEach(c -> features.add("clause_has=" + c));
    } else {
      features.add("gov=root");
    }
  }

  /**
   * The relative pronoun of a clause that qualifies the occurrence: "who" follows a person ("Ani,
   * who never gives up"), "which" a thing ("Anora, which opens Friday").
   */
  private static Optional<String> relativePronoun(DependencyParse p, int h) {
    for (int clause : p.children(h)) {
      if (!p.fullRelation(clause).startsWith("acl")) {
        continue;
      }
      for (int c : p.children(clause)) {
        String word = lower(p.token(c).word());
        if (RELATIVE_PRONOUNS.contains(word)) {
          return Optional.of(word);
        }
      }
    }
    return Optional.empty();
  }

  private static final Set<String> RELATIVE_PRONOUNS =
      Set.of("who", "whom", "whose", "which", "that");

  /**
   * The personal and neuter pronouns of the clause the occurrence belongs to: the words under its
   * governor, down to three levels, outside the occurrence's own phrase.
   */
  private static Set<String> clausePronouns(DependencyParse p, int governor, int head) {
    Set<String> found = new TreeSet<>();
    List<Integer> level = List.of(governor);
    for (int depth = 0; depth < 3; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int t : level) {
        for (int c : p.children(t)) {
          if (c == head) {
            continue;
          }
          pronounClass(p.token(c).word()).ifPresent(found::add);
          next.add(c);
        }
      }
      level = next;
    }
    return found;
  }

  /** "personal_pronoun" for he or she, "neuter_pronoun" for it. */
  private static Optional<String> pronounClass(String word) {
    String w = lower(word);
    return PERSONAL.contains(w)
        ? Optional.of("personal_pronoun")
        : NEUTER.contains(w) ? Optional.of("neuter_pronoun") : Optional.empty();
  }

  /** The word classes of the lexicons a lemma belongs to. */
  private static List<String> classes(String lemma) {
    List<String> classes = new ArrayList<>();
    RoleLexicon roles = RoleLexicon.get();
    if (roles.isEvaluative(lemma)) {
      classes.add("evaluative");
    }
    if (roles.isCraft(lemma)) {
      classes.add("craft");
    }
    if (roles.isOpinionVerb(lemma)) {
      classes.add("opinion_verb");
    }
    if (TitleLexicon.FILM_NOUNS.contains(lemma)) {
      classes.add("film_noun");
    }
    if (TitleLexicon.isPersonNoun(lemma)) {
      classes.add("person_noun");
    }
    if (TitleLexicon.PERSON_POSSESSIONS.contains(lemma)) {
      classes.add("person_possession");
    }
    if (TitleLexicon.FILM_ADJECTIVES.contains(lemma)) {
      classes.add("film_adjective");
    }
    if (TitleLexicon.PERSON_ADJECTIVES.contains(lemma)) {
      classes.add("person_adjective");
    }
    if (TitleLexicon.isPersonSubjectVerb(lemma)) {
      classes.add("person_subject_verb");
    }
    if (TitleLexicon.isWorkSubjectVerb(lemma)) {
      classes.add("work_subject_verb");
    }
    if (TitleLexicon.isPersonObjectVerb(lemma)) {
      classes.add("person_object_verb");
    }
    if (TitleLexicon.isWorkObjectVerb(lemma)) {
      classes.add("work_object_verb");
    }
    return classes;
  }

  /** What else the occurrence's sentence holds: pronouns, film nouns, judgements. */
  private static void sentence(TitleOccurrence o, List<String> features) {
    DependencyParse p = o.parse();
    List<Integer> tokens = p.tokensIn(o.span().begin(), o.span().end());
    if (tokens.isEmpty()) {
      return;
    }
    int sentence = p.token(tokens.get(0)).sentenceIndex();
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < p.size(); i++) {
      if (p.token(i).sentenceIndex() != sentence || tokens.contains(i)) {
        continue;
      }
      pronounClass(p.token(i).word()).ifPresent(seen::add);
      classes(lower(p.lemma(i))).stream().filter(c -> !c.endsWith("verb")).forEach(seen::add);
    }
    seen.forEach(c -> features.add("sentence_has=" + c));
  }

  private static final Set<String> PERSONAL =
      Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  private static final Set<String> NEUTER = Set.of("it", "its", "itself");

  /** Where the occurrence stands: first or last sentence, sentence start, possessive. */
  private static void place(TitleOccurrence o, List<String> features) {
    DependencyParse p = o.parse();
    List<Integer> tokens = p.tokensIn(o.span().begin(), o.span().end());
    if (tokens.isEmpty()) {
      return;
    }
    int first = tokens.get(0);
    int sentence = p.token(first).sentenceIndex();
    int lastSentence = p.token(p.size() - 1).sentenceIndex();
    features.add(
        "sentence=" + (sentence == 0 ? "first" : sentence == lastSentence ? "last" : "middle"));
    if (first == 0 || p.token(first - 1).sentenceIndex() != sentence) {
      features.add("sentence_start");
    }
    if (o.after(2).matches("^['’]s?.*")) {
      features.add("possessive");
    }
  }

  /** The first-cue readings of the review's other occurrences: the reviewer's habit. */
  private static String habit(List<Optional<TitleReading>> first, int self, List<String> features) {
    long film = 0;
    long character = 0;
    for (int i = 0; i < first.size(); i++) {
      if (i == self || first.get(i).isEmpty()) {
        continue;
      }
      if (first.get(i).get() == TitleReading.FILM) {
        film++;
      } else {
        character++;
      }
    }
    String habit =
        film == 0 && character == 0
            ? "none"
            : film > character ? "film" : character > film ? "character" : "tie";
    features.add("habit=" + habit);
    return habit;
  }

  private static String bucket(int n) {
    return n <= 1 ? "1" : n <= 3 ? "2-3" : n <= 7 ? "4-7" : "8+";
  }

  private static String coarse(String pos) {
    return pos.length() > 2 ? pos.substring(0, 2) : pos;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
