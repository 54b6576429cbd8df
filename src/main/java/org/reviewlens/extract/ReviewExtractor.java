package org.reviewlens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.QuoteSpan;
import org.reviewlens.annotate.SentenceAnnotation;
import org.reviewlens.annotate.Token;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Names;
import org.reviewlens.corpus.Review;
import org.reviewlens.extract.names.ActorCredits;
import org.reviewlens.extract.names.DirectingActor;
import org.reviewlens.extract.names.NameFinder;
import org.reviewlens.extract.names.NotAMention;
import org.reviewlens.extract.names.SpellingVariants;
import org.reviewlens.extract.people.Person;
import org.reviewlens.extract.pronouns.PerformancePronoun;
import org.reviewlens.extract.pronouns.PronounResolver;
import org.reviewlens.extract.quotes.Quote;
import org.reviewlens.extract.quotes.QuoteClassifier;
import org.reviewlens.extract.quotes.QuoteKind;
import org.reviewlens.extract.quotes.ScriptLine;
import org.reviewlens.extract.quotes.ScriptLines;
import org.reviewlens.extract.references.ReferenceFinder;
import org.reviewlens.extract.roles.Referents;
import org.reviewlens.extract.roles.RoleClassifier;
import org.reviewlens.extract.roles.RoleDecision;
import org.reviewlens.extract.title.LongTitle;
import org.reviewlens.extract.title.TitleDisambiguator;
import org.reviewlens.extract.title.TitleExample;
import org.reviewlens.extract.title.TitleModel;
import org.reviewlens.extract.title.TitleReading;

/**
 * Turns one review's CoreNLP annotations into plain records: sentences with tone, entities,
 * quotations and character mentions of every kind.
 */
public final class ReviewExtractor {
  private static final Set<String> PLACE_OR_ORG_NER =
      Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "ORGANIZATION", "NATIONALITY");

  private final Cast cast;
  private final Film film;
  private final NameFinder names;
  private final SpellingVariants variants;
  private final PronounResolver pronouns;
  private final QuoteClassifier quotes;
  private final ReferenceFinder references;
  private final Optional<TitleDisambiguator> titles;
  private final Optional<LongTitle> longTitle;
  private final List<LongTitle> otherTitles;
  private final String titleCharacter;
  private final String title;
  private final List<Person> filmPeople;
  private final DirectingActor directingActor;

  public ReviewExtractor(Cast cast, Film film) {
    this(cast, film, List.of(), TitleModel::builtIn);
  }

  /**
   * @param filmPeople the film's actors and director that cast discovery found: like the cast, they
   *     are never references
   * @param titleModel decides whether a bare title means the film or the character; asked only when
   *     a review holds a bare title
   */
  public ReviewExtractor(
      Cast cast, Film film, List<Person> filmPeople, Supplier<TitleModel> titleModel) {
    this.cast = cast;
    this.film = film;
    this.names = new NameFinder(cast, film);
    this.directingActor = new DirectingActor(film);
    this.variants = new SpellingVariants(cast);
    this.pronouns = new PronounResolver(cast);
    this.quotes = new QuoteClassifier(film.title());
    Set<String> known = knownPeople(cast, film);
    filmPeople.forEach(p -> p.aliases().forEach(a -> known.add(Names.key(a))));
    this.references = new ReferenceFinder(known, film.title());
    this.filmPeople = List.copyOf(filmPeople);
    this.title = Names.key(film.title());
    this.titleCharacter =
        cast.characters().stream()
            .filter(c -> c.aliases().stream().anyMatch(a -> Names.key(a).equals(title)))
            .map(Character::name)
            .findFirst()
            .orElse("");
    this.longTitle = LongTitle.of(film.title(), !titleCharacter.isEmpty());
    this.otherTitles =
        film.otherTitles().stream().flatMap(t -> LongTitle.of(t, false).stream()).toList();
    this.titles =
        titleCharacter.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new TitleDisambiguator(
                    film.title(), titleCharacter, film.directorAliases(), titleModel));
  }

  /** Extracts the records of one review. */
  public ExtractedReview extract(Review review, AnnotatedReview annotations) {
    String text = review.text();
    SentenceLocator locator = SentenceLocator.of(annotations.sentences());
    List<NameSpan> spans = nameSpans(text, annotations);
    List<ScriptLine> scriptLines = ScriptLines.find(text, spans);
    DependencyParse parse = new DependencyParse(annotations.tokens());

    List<Mention> mentions = new ArrayList<>();
    List<NameSpan> bareTitles = new ArrayList<>();
    classify(text, locator, spans, scriptLines, mentions, bareTitles);
    if (!bareTitles.isEmpty()) {
      List<TitleReading> readings =
          titles
              .orElseThrow()
              .decide(
                  text,
                  bareTitles,
                  spans,
                  parse,
                  annotations.chains(),
                  otherNamesOfTitleCharacter(mentions));
      for (int i = 0; i < bareTitles.size(); i++) {
        MentionKind kind =
            readings.get(i) == TitleReading.FILM ? MentionKind.FILM_TITLE : MentionKind.NAME;
        mentions.add(mention(text, locator, bareTitles.get(i), kind));
      }
    }
    List<NameSpan> voters = new ArrayList<>(spans);
    voters.removeAll(ActorCredits.find(text, spans));
    mentions.stream()
        .filter(m -> !m.kind().refersToCharacter())
        .forEach(m -> voters.removeIf(s -> s.begin() == m.charBegin()));
    for (PronounResolver.Credit c :
        pronouns.resolve(
            text, annotations.tokens(), annotations.chains(), voters, this::genderOf)) {
      if (parse
          .headOf(c.begin(), c.end())
          .filter(i -> PerformancePronoun.isAboutThePerformer(parse, i))
          .isPresent()) {
        continue;
      }
      mentions.add(
          new Mention(
              c.sentenceIndex(),
              c.begin(),
              c.end(),
              c.surface(),
              c.character(),
              MentionKind.PRONOUN,
              ""));
    }
    mentions.sort(Comparator.comparingInt(Mention::charBegin).thenComparing(Mention::kind));

    RoleClassifier roles =
        new RoleClassifier(
            parse, Referents.of(text, film.title(), filmPeople, parse, spans, mentions));
    return new ExtractedReview(
        review.id(),
        review.metadata(),
        annotations.tokens().size(),
        sentences(text, annotations, scriptLines, roles),
        entities(annotations),
        quotes(text, annotations.quotes(), spans, scriptLines),
        mentions,
        words(annotations.tokens()),
        references.find(text, entities(annotations)));
  }

  /**
   * Each bare title occurrence of one review, with the features the title model reads and the
   * hand-ordered decision the model replaced (the baseline a trained model is measured against),
   * which is also its reading until a gold label replaces it. Empty when no character shares the
   * title's name.
   *
   * @param film the film's id, which groups the occurrences into folds
   */
  public List<TitleExample> titleOccurrences(
      String film, Review review, AnnotatedReview annotations) {
    if (titles.isEmpty()) {
      return List.of();
    }
    String text = review.text();
    SentenceLocator locator = SentenceLocator.of(annotations.sentences());
    List<NameSpan> spans = nameSpans(text, annotations);
    List<Mention> mentions = new ArrayList<>();
    List<NameSpan> bareTitles = new ArrayList<>();
    classify(text, locator, spans, ScriptLines.find(text, spans), mentions, bareTitles);
    DependencyParse parse = new DependencyParse(annotations.tokens());
    long otherNames = otherNamesOfTitleCharacter(mentions);
    TitleDisambiguator t = titles.get();
    List<List<String>> contexts =
        t.contexts(text, bareTitles, spans, parse, annotations.chains(), otherNames);
    List<TitleReading> baseline =
        t.byCueOrder(text, bareTitles, spans, parse, annotations.chains(), otherNames);
    List<TitleExample> examples = new ArrayList<>();
    for (int i = 0; i < bareTitles.size(); i++) {
      NameSpan span = bareTitles.get(i);
      examples.add(
          new TitleExample(
              film,
              review.id(),
              span.begin(),
              span.end(),
              contexts.get(i),
              baseline.get(i),
              baseline.get(i),
              false));
    }
    return examples;
  }

  /** Where the film's title, or another of its titles, is written whole, when it holds a name. */
  private List<int[]> wholeTitles(String text) {
    List<int[]> wholeTitles = new ArrayList<>();
    longTitle.ifPresent(t -> wholeTitles.addAll(t.occurrences(text)));
    otherTitles.forEach(t -> wholeTitles.addAll(t.occurrences(text)));
    return wholeTitles;
  }

  /** Every name of the cast and crew in the text, misspellings included, in text order. */
  private List<NameSpan> nameSpans(String text, AnnotatedReview annotations) {
    List<NameSpan> spans = new ArrayList<>(names.find(text));
    spans.addAll(variants.find(text, spans, (b, e) -> isProperName(annotations.tokens(), b, e)));
    spans.sort(Comparator.comparingInt(NameSpan::begin));
    List<int[]> wholeTitles = wholeTitles(text);
    return new ArrayList<>(
        LongTitle.creditRepeatedNames(
            text,
            NotAMention.removeFrom(text, NameFinder.mergeTouching(text, spans), wholeTitles),
            wholeTitles,
            cast));
  }

  /**
   * Turns every name span into a mention, except the bare title occurrences, which are left for the
   * title decision.
   */
  private void classify(
      String text,
      SentenceLocator locator,
      List<NameSpan> spans,
      List<ScriptLine> scriptLines,
      List<Mention> mentions,
      List<NameSpan> bareTitles) {
    List<int[]> wholeTitles = wholeTitles(text);
    List<NameSpan> notTitles = spans.stream().filter(s -> !isBareTitle(text, s)).toList();
    for (NameSpan span : spans) {
      if (scriptLines.stream().anyMatch(l -> l.labelBegin() == span.begin())) {
        mentions.add(mention(text, locator, span, MentionKind.SPEAKER_LABEL));
      } else if (directingActor.isDirectorsName(text, span)
          && !directingActor.meansThePerformance(text, span, notTitles, locator)) {
        continue;
      } else if (span.role() == NameSpan.Role.ACTOR) {
        mentions.add(mention(text, locator, span, MentionKind.ACTOR));
      } else if (isBareTitle(text, span)) {
        bareTitles.add(span);
      } else if (span.isCharacter() && LongTitle.inside(span, wholeTitles)) {
        mentions.add(mention(text, locator, span, MentionKind.FILM_TITLE));
      } else if (span.isCharacter()) {
        mentions.add(mention(text, locator, span, MentionKind.NAME));
      }
    }
  }

  /**
   * Every cast, actor and director alias, whole, as {@link Names#key} gives it: never a reference.
   */
  private static Set<String> knownPeople(Cast cast, Film film) {
    Set<String> names = new HashSet<>(cast.aliasKeys());
    film.directorAliases().forEach(a -> names.add(Names.key(a)));
    names.add(Names.key(film.director()));
    return names;
  }

  private Gender genderOf(NameSpan span) {
    if (span.role() == NameSpan.Role.DIRECTOR) {
      return film.directorGender();
    }
    return cast.character(span.owner()).map(Character::gender).orElse(Gender.UNKNOWN);
  }

  private boolean isBareTitle(String text, NameSpan span) {
    return titles.isPresent()
        && span.isCharacter()
        && span.owner().equals(titleCharacter)
        && isTitleSpelling(Names.key(text.substring(span.begin(), span.end())), span);
  }

  /** The title as written, or misspelt within a name part: "Erin Brockvich" for Erin Brockovich. */
  private boolean isTitleSpelling(String key, NameSpan span) {
    return key.equals(title)
        || (!span.variantOf().isEmpty()
            && SpellingVariants.editDistance(key, title) <= Math.max(2, title.length() / 4));
  }

  private long otherNamesOfTitleCharacter(List<Mention> mentions) {
    return mentions.stream()
        .filter(m -> m.kind() == MentionKind.NAME && m.character().equals(titleCharacter))
        .count();
  }

  private static Mention mention(
      String text, SentenceLocator locator, NameSpan span, MentionKind kind) {
    return new Mention(
        locator.sentenceOf(span.begin()),
        span.begin(),
        span.end(),
        text.substring(span.begin(), span.end()),
        span.owner(),
        kind,
        span.variantOf());
  }

  private static boolean isProperName(List<Token> tokens, int begin, int end) {
    return TokenSpans.covering(tokens, begin, end).stream()
        .allMatch(t -> t.pos().startsWith("NNP") && !PLACE_OR_ORG_NER.contains(t.ner()));
  }

  private static List<Sentence> sentences(
      String text,
      AnnotatedReview annotations,
      List<ScriptLine> scriptLines,
      RoleClassifier roles) {
    List<SentenceAnnotation> sentences = annotations.sentences();
    Map<Integer, List<Integer>> tokensBySentence = new HashMap<>();
    for (int i = 0; i < annotations.tokens().size(); i++) {
      tokensBySentence
          .computeIfAbsent(annotations.tokens().get(i).sentenceIndex(), k -> new ArrayList<>())
          .add(i);
    }
    List<Sentence> result = new ArrayList<>();
    int last = Math.max(1, sentences.size() - 1);
    Optional<RoleDecision> previous = Optional.empty();
    for (SentenceAnnotation s : sentences) {
      boolean dialogue = scriptLines.stream().anyMatch(l -> l.covers(s.charBegin(), s.charEnd()));
      RoleDecision role =
          roles.classify(tokensBySentence.getOrDefault(s.index(), List.of()), dialogue, previous);
      previous = Optional.of(role);
      result.add(
          new Sentence(
              s.index(),
              s.charBegin(),
              s.charEnd(),
              sentences.size() == 1 ? 0.0 : (double) s.index() / last,
              text.substring(s.charBegin(), s.charEnd()),
              s.sentiment(),
              SentimentScore.of(s.probabilities()),
              s.probabilities(),
              dialogue,
              role.role(),
              role.cue(),
              role.judgement()));
    }
    return result;
  }

  private static List<Word> words(List<Token> tokens) {
    return tokens.stream()
        .map(t -> new Word(t.sentenceIndex(), t.charBegin(), t.charEnd(), t.lemma(), t.pos()))
        .toList();
  }

  /**
   * The named entities. CoreNLP's entity mentions also hold pronouns it links to a PERSON ("her"),
   * which are not names and are left out.
   */
  private static List<Entity> entities(AnnotatedReview annotations) {
    return annotations.entities().stream()
        .filter(e -> !TokenSpans.isPronoun(annotations.tokens(), e))
        .map(e -> new Entity(e.sentenceIndex(), e.charBegin(), e.charEnd(), e.text(), e.type()))
        .toList();
  }

  private List<Quote> quotes(
      String text, List<QuoteSpan> found, List<NameSpan> spans, List<ScriptLine> scriptLines) {
    List<Quote> all = new ArrayList<>();
    for (QuoteSpan q : found) {
      QuoteKind kind = quotes.kind(q, spans);
      all.add(new Quote(0, q.charBegin(), q.charEnd(), q.text(), q.speaker(), kind, ""));
    }
    for (ScriptLine line : scriptLines) {
      int begin = line.textBegin();
      while (begin < line.lineEnd() && java.lang.Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
      all.add(
          new Quote(
              0,
              begin,
              line.lineEnd(),
              text.substring(begin, line.lineEnd()).strip(),
              "",
              QuoteKind.DIALOGUE,
              line.speaker()));
    }
    all.sort(Comparator.comparingInt(Quote::charBegin));
    List<Quote> indexed = new ArrayList<>();
    for (Quote q : all) {
      indexed.add(
          new Quote(
              indexed.size(),
              q.charBegin(),
              q.charEnd(),
              q.text(),
              q.speaker(),
              q.kind(),
              q.speakerCharacter()));
    }
    return indexed;
  }
}
