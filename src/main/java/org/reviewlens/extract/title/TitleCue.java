package org.reviewlens.extract.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.annotate.CorefMention;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.DependencyParse;
import org.reviewlens.extract.NameSpan;

/**
 * The general cues that tell whether an occurrence of the film's title means the film or the
 * character, in the order they are tried: the first cue that reads the occurrence decides it. Cues
 * that bind the title to the character's own names come first, then typography, then the dependency
 * parse, then coreference. None is about a plot; each holds for any film named after a character.
 */
enum TitleCue {
  /** An actor credit: "Juno (Ellen Page)", "Page as Juno", "Page plays Juno", "Page's Juno". */
  ACTOR_CREDIT {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      boolean creditAfter =
          o.next()
              .filter(o::isTitleActor)
              .filter(n -> gap(o, o.span(), n).matches("\\s*\\(\\s*"))
              .isPresent();
      boolean creditBefore =
          o.previous()
              .filter(o::isTitleActor)
              .filter(p -> gap(o, p, o.span()).matches(CREDIT_BEFORE))
              .isPresent();
      return character(creditAfter || creditBefore);
    }
  },
  /** Another of the character's names beside it: "Arthur Fleck, aka Joker", "Anora, or Ani". */
  OWN_NAME_IN_APPOSITION {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      boolean after =
          o.next()
              .filter(n -> isOwnName(o, n) && gap(o, o.span(), n).matches(APPOSITION))
              .isPresent();
      boolean before =
          o.previous()
              .filter(p -> isOwnName(o, p) && gap(o, p, o.span()).matches(APPOSITION))
              .isPresent();
      return character(after || before);
    }
  },
  /** Coordination with another character: "Igor and Anora", "Anora and Ivan". */
  COORDINATED_WITH_A_CHARACTER {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      boolean after =
          o.next()
              .filter(n -> o.isOtherCharacter(n) && gap(o, o.span(), n).matches(COORDINATION))
              .isPresent();
      boolean before =
          o.previous()
              .filter(p -> o.isOtherCharacter(p) && gap(o, p, o.span()).matches(COORDINATION))
              .isPresent();
      return character(after || before);
    }
  },
  /** Quotation marks around it, unless the reviewer quotes characters' names too. */
  QUOTED {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      boolean quoted =
          QUOTE_OPEN.matcher(o.before(2)).find() && QUOTE_CLOSE.matcher(o.after(2)).find();
      return film(quoted && !o.style().quotesNames());
    }
  },
  /**
   * Written in capitals in a text that is not, unless the reviewer capitalises names too: "JUNO".
   */
  CAPITALS {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      String s = o.surface();
      boolean capitals =
          s.length() > 1
              && s.equals(s.toUpperCase(Locale.ROOT))
              && !s.equals(s.toLowerCase(Locale.ROOT));
      String line = o.line();
      boolean lineInCapitals = line.equals(line.toUpperCase(Locale.ROOT));
      return film(capitals && !lineInCapitals && !o.style().capitalisesNames());
    }
  },
  /** A heading: a short line with no verb, as in "Juno Movie Review" or "Annie Hall (1977)". */
  HEADING {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      String line = o.line();
      int lineBegin = o.text().lastIndexOf('\n', o.span().begin() - 1) + 1;
      List<Integer> tokens = o.parse().tokensIn(lineBegin, lineBegin + line.length());
      long words =
          tokens.stream().filter(i -> o.parse().token(i).word().matches(".*\\p{L}.*")).count();
      boolean verb = tokens.stream().anyMatch(o.parse()::isVerb);
      return film(words > 0 && words <= 8 && !verb);
    }
  },
  /** The film's year beside it: "Juno (2007)", "Juno, 2007". */
  YEAR_AFTER {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      return film(YEAR.matcher(o.after(9)).find());
    }
  },
  /** The director's possessive: "Jason Reitman's Juno". */
  DIRECTOR_POSSESSIVE {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      String before = o.before(60);
      return film(
          o.directorAliases().stream()
              .anyMatch(
                  d ->
                      Pattern.compile(
                              "\\b" + Pattern.quote(d) + "['’]s?\\s+$", Pattern.CASE_INSENSITIVE)
                          .matcher(before)
                          .find()));
    }
  },
  /**
   * A noun beside it in the parse, as a compound or in apposition: a film noun means the film ("the
   * film Juno", "his latest film, Juno", "the Joker movie"); a person noun means the character
   * ("teenager Juno", "physicist Oppenheimer", "the Oppenheimer character").
   */
  NOUN_BESIDE {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      if (o.head().isEmpty()) {
        return Optional.empty();
      }
      DependencyParse p = o.parse();
      int h = o.head().get();
      List<Integer> beside = new ArrayList<>();
      p.children(h).stream()
          .filter(c -> Set.of("compound", "appos", "amod").contains(p.relation(c)) && !inside(o, c))
          .forEach(beside::add);
      if (Set.of("compound", "appos").contains(p.relation(h))) {
        p.head(h).ifPresent(beside::add);
      }
      // A parse can miss the compound ("the seamstress Hester sews"): the common noun written
      // right before the name counts too.
      List<Integer> tokens = p.tokensIn(o.span().begin(), o.span().end());
      if (!tokens.isEmpty() && tokens.get(0) > 0) {
        int before = tokens.get(0) - 1;
        if (p.token(before).pos().equals("NN")
            && p.token(before).sentenceIndex() == p.token(h).sentenceIndex()) {
          beside.add(before);
        }
      }
      for (int b : beside) {
        String lemma = p.lemma(b);
        if (TitleLexicon.FILM_NOUNS.contains(lemma)) {
          return Optional.of(TitleReading.FILM);
        }
        if (TitleLexicon.isPersonNoun(lemma)
            && (p.isNoun(b) || TitleLexicon.PERSON_NOUNS.contains(lemma))) {
          return Optional.of(TitleReading.CHARACTER);
        }
      }
      return Optional.empty();
    }
  },
  /** What it possesses: "Juno's father" is the character, "Juno's screenplay" the film. */
  POSSESSED_NOUN {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      return o.head()
          .filter(h -> o.parse().fullRelation(h).equals("nmod:poss"))
          .flatMap(h -> o.parse().head(h))
          .flatMap(n -> byNoun(o.parse().lemma(n)));
    }
  },
  /**
   * The noun it complements with "of" or "for": "the ending of Juno" and "my rating for Juno" are
   * the film, "the life of Juno" the character.
   */
  OF_NOUN {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      return o.head()
          .filter(
              h ->
                  o.parse()
                      .preposition(h)
                      .filter(p -> p.equals("of") || p.equals("for"))
                      .isPresent())
          .flatMap(h -> o.parse().head(h))
          .filter(o.parse()::isNoun)
          .flatMap(n -> byNoun(o.parse().lemma(n)));
    }
  },
  /**
   * A preposition: "in Juno" is the film ("Page is superb in Juno"); "as Juno" is the role, and one
   * is "with", "against" or "around" a person ("his banter with Juno").
   */
  PREPOSITION {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      Optional<String> preposition = o.head().flatMap(o.parse()::preposition);
      if (preposition.isEmpty()) {
        return Optional.empty();
      }
      return switch (preposition.get()) {
        case "in", "throughout" -> Optional.of(TitleReading.FILM);
        case "as",
                "with",
                "against",
                "around",
                "toward",
                "towards",
                "alongside",
                "beside",
                "between" ->
            Optional.of(TitleReading.CHARACTER);
        default -> Optional.empty();
      };
    }
  },
  /**
   * A pronoun in the clause it is the subject of: he or she is the character ("Juno breaks the news
   * to her parents", "Hester insists that she is fine"); "its" alone is the film ("Hester keeps its
   * nerve").
   */
  PRONOUN_IN_ITS_CLAUSE {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      DependencyParse p = o.parse();
      Optional<Integer> verb = o.governorAs("nsubj");
      if (verb.isEmpty()) {
        return Optional.empty();
      }
      List<String> clause =
          descendants(p, verb.get(), 3).stream()
              .map(t -> p.token(t).word().toLowerCase(Locale.ROOT))
              .toList();
      if (clause.stream().anyMatch(PERSONAL::contains)) {
        return Optional.of(TitleReading.CHARACTER);
      }
      return film(clause.stream().anyMatch(NEUTER::contains));
    }
  },
  /** Said to be by a person: "He is Oppenheimer in this film" names the character. */
  PREDICATE_OF_A_PERSON {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      DependencyParse p = o.parse();
      if (o.head().isEmpty() || p.children(o.head().get(), "cop").isEmpty()) {
        return Optional.empty();
      }
      return character(
          p.children(o.head().get(), "nsubj").stream()
              .anyMatch(
                  s ->
                      SUBJECT_PRONOUNS.contains(p.token(s).word().toLowerCase(Locale.ROOT))
                          || o.spans().stream()
                              .anyMatch(
                                  n ->
                                      n.isCharacter()
                                          && n.begin() <= p.token(s).charBegin()
                                          && p.token(s).charEnd() <= n.end())));
    }
  },
  /**
   * "the" before a title that does not itself begin with "The": a person known by an epithet ("the
   * Joker"), as a film is not.
   */
  DEFINITE_ARTICLE {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      return character(
          THE_BEFORE.matcher(o.before(5)).find()
              && !o.surface().toLowerCase(Locale.ROOT).startsWith("the "));
    }
  },
  /** Showing in theatres, or streaming: "Hester, in theaters Friday, is ...". */
  IN_THEATRES {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      return film(IN_THEATRES_AFTER.matcher(o.after(40)).find());
    }
  },
  /**
   * The verb it is the subject of: a person decides, tells, falls, meets ("Juno decides"); a work
   * premieres, stars, unfolds, deserves ("Joker deserves its praise"). A verb that both do is no
   * cue. As the subject of a passive, a work is directed, written, based, set or released. A
   * subject that acts on the audience is a work ("Hester forces the audience to wait").
   */
  SUBJECT_OF_A_VERB {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      DependencyParse p = o.parse();
      Optional<Integer> verb = o.governorAs("nsubj").filter(p::isVerb);
      if (verb.isEmpty()) {
        return Optional.empty();
      }
      String lemma = p.lemma(verb.get());
      if (p.fullRelation(o.head().get()).equals("nsubj:pass")) {
        return WORK_PASSIVES.contains(lemma)
            ? Optional.of(TitleReading.FILM)
            : TitleLexicon.isPersonObjectVerb(lemma)
                ? Optional.of(TitleReading.CHARACTER)
                : Optional.empty();
      }
      boolean actsOnTheAudience =
          p.children(verb.get(), "obj").stream().anyMatch(x -> AUDIENCE.contains(p.lemma(x)));
      if (actsOnTheAudience) {
        return Optional.of(TitleReading.FILM);
      }
      if (TitleLexicon.isPersonSubjectVerb(lemma)) {
        return Optional.of(TitleReading.CHARACTER);
      }
      return film(TitleLexicon.isWorkSubjectVerb(lemma));
    }
  },
  /**
   * What it is said to be: "Juno is a comedy" is the film, "Juno is a sixteen-year-old" and "Juno
   * is pregnant" the character.
   */
  PREDICATE {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      DependencyParse p = o.parse();
      Optional<Integer> predicate =
          o.governorAs("nsubj").filter(x -> !p.children(x, "cop").isEmpty());
      if (predicate.isEmpty()) {
        return Optional.empty();
      }
      String lemma = p.lemma(predicate.get());
      if (TitleLexicon.FILM_NOUNS.contains(lemma) || TitleLexicon.FILM_ADJECTIVES.contains(lemma)) {
        return Optional.of(TitleReading.FILM);
      }
      boolean person =
          TitleLexicon.PERSON_ADJECTIVES.contains(lemma)
              || (p.isNoun(predicate.get()) && TitleLexicon.isPersonNoun(lemma));
      return character(person);
    }
  },
  /**
   * The verb it is the object of: a work is watched, reviewed, recommended, directed ("I watched
   * Juno"); a person is met, married, helped or played ("Page plays Juno").
   */
  OBJECT_OF_A_VERB {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      DependencyParse p = o.parse();
      Optional<Integer> verb = o.governorAs("obj").filter(p::isVerb);
      if (verb.isEmpty()) {
        return Optional.empty();
      }
      String lemma = p.lemma(verb.get());
      if (TitleLexicon.isPersonObjectVerb(lemma)) {
        return Optional.of(TitleReading.CHARACTER);
      }
      boolean thirdPersonSubject =
          p.children(verb.get(), "nsubj").stream()
              .anyMatch(
                  s -> THIRD_PERSON.contains(p.lemma(s)) || p.token(s).ner().equals("PERSON"));
      return film(TitleLexicon.isWorkObjectVerb(lemma) && !thirdPersonSubject);
    }
  },
  /** "its" just after it, as in "Somehow Hester keeps its nerve". */
  ITS_NEARBY {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      return film(ITS_AFTER.matcher(o.after(40)).find());
    }
  },
  /**
   * Coreference: in a chain with he or she, it is the character; in a chain with it, its or a film
   * noun ("the film"), the film. The larger side wins; a tie is no cue. The weakest cue: {@link
   * TitleDisambiguator} asks it only in a review where no other cue read any occurrence.
   */
  COREFERENCE {
    @Override
    Optional<TitleReading> read(TitleOccurrence o) {
      for (CorefChain chain : o.chains()) {
        boolean holds =
            chain.mentions().stream()
                .anyMatch(m -> m.charBegin() <= o.span().begin() && o.span().end() <= m.charEnd());
        if (!holds) {
          continue;
        }
        long person = chain.mentions().stream().filter(m -> PERSONAL.contains(lower(m))).count();
        long work =
            chain.mentions().stream()
                .filter(m -> NEUTER.contains(lower(m)) || isFilmNominal(m))
                .count();
        if (person != work) {
          return Optional.of(person > work ? TitleReading.CHARACTER : TitleReading.FILM);
        }
      }
      return Optional.empty();
    }
  };

  /** Reads the occurrence, or returns empty when this cue says nothing about it. */
  abstract Optional<TitleReading> read(TitleOccurrence o);

  private static final String CREDIT_BEFORE =
      "['’]s?\\s+|\\s+(?:as|plays|played|playing|portrays|portrayed|portraying)\\s+(?:the\\s+)?";
  private static final String APPOSITION =
      "\\s*(?:,\\s*(?:or|aka|a\\.k\\.a\\.|also known as)\\s+|\\(\\s*|,\\s*)";
  private static final String COORDINATION = "\\s*(?:,|and|&|,\\s*and)\\s*";
  private static final Pattern QUOTE_OPEN = Pattern.compile("[“\"‘'«]\\s?$");
  private static final Pattern QUOTE_CLOSE = Pattern.compile("^[,.!?]?[”\"’'»]");
  private static final Pattern YEAR = Pattern.compile("^\\s*(?:\\(\\s*|,\\s*)(?:19|20)\\d\\d\\b");
  private static final Pattern ITS_AFTER =
      Pattern.compile("^(?:\\s+[\\p{L}’']+){0,3}?\\s+its\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> WORK_PASSIVES =
      Set.of(
          "direct",
          "write",
          "base",
          "set",
          "shoot",
          "film",
          "release",
          "nominate",
          "adapt",
          "produce",
          "make",
          "distribute",
          "rate",
          "score",
          "edit",
          "inspire",
          "screen",
          "premiere",
          "title");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
  private static final Set<String> AUDIENCE =
      Set.of("audience", "viewer", "viewers", "audiences", "us", "you", "moviegoer", "filmgoer");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
  private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");
  private static final Pattern IN_THEATRES_AFTER =
      Pattern.compile(
          "^\\s*,?\\s*(?:(?:now|out|opens?|opening)\\s+)?(?:in|at)\\s+(?:theaters|theatres|cinemas)\\b|^\\s*,?\\s*(?:now\\s+)?streaming\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> PERSONAL =
      Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  private static final Set<String> NEUTER = Set.of("it", "its", "itself");

  private static Optional<TitleReading> film(boolean cue) {
    return cue ? Optional.of(TitleReading.FILM) : Optional.empty();
  }

  private static Optional<TitleReading> character(boolean cue) {
    return cue ? Optional.of(TitleReading.CHARACTER) : Optional.empty();
  }

  private static Optional<TitleReading> byNoun(String lemma) {
    if (TitleLexicon.PERSON_POSSESSIONS.contains(lemma)) {
      return Optional.of(TitleReading.CHARACTER);
    }
    return film(TitleLexicon.FILM_NOUNS.contains(lemma));
  }

  private static String gap(TitleOccurrence o, NameSpan first, NameSpan second) {
    return o.text().substring(first.end(), Math.max(first.end(), second.begin()));
  }

  private static boolean isOwnName(TitleOccurrence o, NameSpan other) {
    return other.isCharacter()
        && other.owner().equals(o.titleCharacter())
        && !Names.key(o.text().substring(other.begin(), other.end()))
            .equals(Names.key(o.surface()));
  }

  /** The tokens under token i down to the given depth, i excluded. */
  private static List<Integer> descendants(DependencyParse p, int i, int depth) {
    List<Integer> found = new ArrayList<>();
    List<Integer> level = List.of(i);
    for (int d = 0; d < depth; d++) {
      List<Integer> next = level.stream().flatMap(t -> p.children(t).stream()).toList();
      found.addAll(next);
      level = next;
    }
    return found;
  }

  private static boolean inside(TitleOccurrence o, int token) {
    return o.parse().token(token).charBegin() >= o.span().begin()
        && o.parse().token(token).charEnd() <= o.span().end();
  }

  private static String lower(CorefMention m) {
    return m.text().toLowerCase(Locale.ROOT);
  }

  private static boolean isFilmNominal(CorefMention m) {
    String[] words = lower(m).split("\\s+");
    return !m.isPronoun()
        && words.length <= 4
        && TitleLexicon.FILM_NOUNS.contains(words[words.length - 1]);
  }
}
