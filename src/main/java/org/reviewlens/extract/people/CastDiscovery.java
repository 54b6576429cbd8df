package org.reviewlens.extract.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.annotate.CorefMention;
import org.reviewlens.annotate.EntitySpan;
import org.reviewlens.annotate.Token;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.MatchText;
import org.reviewlens.corpus.Names;
import org.reviewlens.corpus.Review;
import org.reviewlens.corpus.WordList;
import org.reviewlens.extract.TokenSpans;
import org.reviewlens.extract.names.NameFinder;
import org.reviewlens.extract.names.SpellingVariants;
import org.reviewlens.extract.pronouns.PronounResolver;
import org.reviewlens.extract.references.ReferenceFinder;

/**
 * Discovers a film's characters, and the real people its reviews name, for a corpus without
 * cast.csv. Every cue is general English about how critics write; none is about a plot.
 *
 * <ol>
 *   <li><b>Names.</b> PERSON entities, every use of a word NER calls a person somewhere in the
 *       corpus, the labels of script-style lines, and the parts of a name with a quoted nickname.
 *   <li><b>Clusters.</b> One person, one cluster:
 *       <ul>
 *         <li>spellings that differ in case, accents, a space or a hyphen are one form ({@link
 *             Names});
 *         <li>a first name or a surname joins the one full name it begins or ends;
 *         <li>a misspelt full name joins the full name it misspells (one edit, or a part that
 *             sounds the same: {@link SpellingVariants#soundsLike});
 *         <li>"A “B” C", "A, or B", "A, aka B", "A, now called B" join;
 *         <li>the film's title joins the character it names.
 *       </ul>
 *   <li><b>Real people.</b> A cluster is a real person, with a role, on strong evidence: the
 *       director of film.csv; an actor credit ("X (Y)", "Y as X", "X, played by Y", "Y plays X",
 *       "Y's X", "Y, who plays X"); a role word ("composer Y", "cinematographer Y"); a byline ("By
 *       Y"); or a work named after them ("Beethoven's Ninth", "a Bach partita"). On weak evidence,
 *       unless something shows it is a character: critics call real people by the surname alone
 *       ("Streep is magnificent") and characters by the first name, so a full name whose surname is
 *       used alone and whose first name never is marks a real person; so does "Y's performance".
 *   <li><b>Characters.</b> The other clusters that are credited to an actor, named by the title,
 *       speak a script line or are named at least twice, less common words ("Review") and the
 *       titles of other films. A character is called by its most frequent one-word name other than
 *       the title; its gender comes from the coreference chains that name it.
 * </ol>
 */
public final class CastDiscovery {
  private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final String NAME = "(" + WORD + "(?:[ \\t]+" + WORD + "){0,3})";

  /** Words that open a captured name without being part of it ("In", "Director"). */
  private static final Set<String> NOT_NAME_WORDS =
      Set.copyOf(WordList.lines(CastDiscovery.class, "not-name-words.txt"));

  private static final Pattern NICKNAME =
      Pattern.compile("(" + WORD + ") [“\"](" + WORD + ")[”\"] (" + WORD + ")");
  private static final Pattern ALSO_CALLED =
      Pattern.compile(
          NAME
              + "(?:, or|,? aka|,? a\\.k\\.a\\.|,? also known as|,? (?:now|later|newly|since)"
              + " (?:called|named|known as)|,? renamed) "
              + NAME);
  private static final Pattern LABEL = Pattern.compile("(?m)^(" + WORD + "):");

  /** "as Juno’s stepmother" credits the stepmother, not Juno. */
  private static final String NOT_POSSESSIVE = "(?!['’]s?\\b|[\\p{L}'’.-])";

  /** Credits: which group is the character and which the actor. */
  private record Credit(Pattern pattern, int character, int actor) {}

  private static final List<Credit> CREDITS =
      List.of(
          new Credit(Pattern.compile(NAME + "[”\"’']?\\s*\\(\\s*" + NAME + "\\s*\\)"), 1, 2),
          new Credit(
              Pattern.compile(
                  NAME
                      + "(?:['’]s? (?:performance|portrayal|turn))? as (?:the )?(?:young |older )?"
                      + NAME
                      + NOT_POSSESSIVE),
              2,
              1),
          new Credit(Pattern.compile("\\bAs " + NAME + ", " + NAME), 1, 2),
          new Credit(Pattern.compile(NAME + " is " + NAME + " in\\b"), 2, 1),
          new Credit(
              Pattern.compile(NAME + ", (?:who is )?played (?:[^.;]{0,40}? )?by " + NAME), 1, 2),
          new Credit(
              Pattern.compile(
                  NAME
                      + ",? who (?:plays|played|portrays|portrayed) (?:the )?"
                      + NAME
                      + NOT_POSSESSIVE),
              2,
              1),
          new Credit(
              Pattern.compile(
                  NAME
                      + " (?:plays|played|portrays|portrayed|embodies) (?:the )?(?:real-life )?"
                      + NAME
                      + NOT_POSSESSIVE),
              2,
              1),
          new Credit(Pattern.compile(NAME + "['’]s? " + NAME), 2, 1));

  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "\\b(director|filmmaker|cinematographer|composer|writer|screenwriter|co-writer|editor|producer|critic|reviewer|novelist|author|DP|Director|Cinematographer|Composer|Writer|Editor|Producer)\\s+"
              + NAME);
  private static final Pattern BYLINE =
      Pattern.compile("(?m)^(?:By|Reviewed by|Review by|Written by|Posted by)\\s*:?\\s+" + NAME);
  private static final Pattern WORK_AFTER =
      Pattern.compile(
          NAME
              + "['’]s\\s+(?:"
              + WORD
              + "\\s+)?(?:Ninth|Fifth|Seventh|[Ss]ymphon(?:y|ies)|[Ss]onatas?|[Cc]oncertos?|[Pp]artitas?|[Ss]uites?|[Pp]reludes?|[Rr]equiem|[Oo]pera|music|novels?|poems?|plays|paintings?|songs?)\\b");
  private static final Pattern WORK_BEFORE =
      Pattern.compile(
          "\\b(?:a|an|the)\\s+"
              + NAME
              + "\\s+(?:symphony|sonata|concerto|partita|suite|prelude|aria|song|novel|poem|painting|tune|piece)\\b");
  private static final Pattern PERFORMANCE_AFTER =
      Pattern.compile(NAME + "['’]s?\\s+(?:performance|portrayal|acting|turn|filmography)\\b");
  private static final Pattern CRAFT_AFTER =
      Pattern.compile(
          NAME
              + "['’]s?\\s+(?:direction|filmmaking|screenplay|script|score|cinematography|editing|camerawork|lens)\\b");

  /** A full name in parentheses after a common noun: "her father (Matthew Sunderland)". */
  private static final Pattern CREDIT_AFTER_A_ROLE =
      Pattern.compile(
          "\\b\\p{Ll}[\\p{L}-]*\\s*\\(\\s*(" + WORD + "(?:[ \\t]+" + WORD + ")+)\\s*\\)");

  /** An actor in another film: "Audrey Hepburn in Roman Holiday". */
  private static final Pattern IN_ANOTHER_WORK =
      Pattern.compile(
          NAME + " in (?:the )?(\\p{Lu}[\\p{L}'’]*(?: (?:of |the |and )?\\p{Lu}[\\p{L}'’]*){0,4})");

  /**
   * An actor in a role the reviews do not name: "Allison Janney as Juno's stepmother", "Ned Fallow
   * as the father".
   */
  private static final Pattern AS_A_ROLE =
      Pattern.compile(NAME + " as (?:a |an |the |his |her |their |" + WORD + "['’]s? )\\p{Ll}");

  private static final int MIN_MENTIONS = 2;

  private final Film film;

  private final Supplier<PersonModel> personModel;

  public CastDiscovery(Film film) {
    this(film, PersonModel::builtIn);
  }

  /**
   * @param personModel decides whether a name cluster is a character
   */
  public CastDiscovery(Film film, Supplier<PersonModel> personModel) {
    this.film = film;
    this.personModel = personModel;
  }

  /** What the evidence says of one cluster. */
  private static final class Evidence {
    final List<String> character = new ArrayList<>();
    Person.Role role;
    String personEvidence = "";
    boolean strongPerson;
    String actorOf = "";
    String actorEvidence = "";

    /** Every character the actor is credited with, as written. */
    final Set<String> credited = new LinkedHashSet<>();
  }

  /** Discovers the cast from the reviews and their annotations, given in the same order. */
  public SuggestedCast discover(List<Review> reviews, List<AnnotatedReview> annotations) {
    return build(gatherAll(reviews, annotations), reviews, annotations);
  }

  /**
   * Every name cluster the person decision reads, with its features and the decision of the
   * hand-ordered rule the model replaced, the baseline.
   *
   * @param filmId the film's id, which groups the clusters into folds
   */
  public List<PersonExample> candidates(
      String filmId, List<Review> reviews, List<AnnotatedReview> annotations) {
    Gathered g = gatherAll(reviews, annotations);
    List<PersonExample> examples = new ArrayList<>();
    for (String root : g.clusters().roots()) {
      if (isCandidate(g, root)) {
        examples.add(
            new PersonExample(
                filmId,
                fullName(root, g.clusters()),
                g.clusters().spellings(root),
                g.clusters().spellings(root).stream()
                    .map(sp -> g.clusters().count(Names.key(sp)))
                    .toList(),
                PersonContext.of(facts(g, root, reviews, annotations)),
                false,
                byRule(g, root, annotations)));
      }
    }
    return examples;
  }

  /** What the reviews say of every name, before any decision. */
  private record Gathered(
      NameClusters clusters,
      Map<String, Evidence> evidence,
      Set<String> commonWords,
      Set<String> otherTitles,
      Optional<String> titleRoot) {}

  private Gathered gatherAll(List<Review> reviews, List<AnnotatedReview> annotations) {
    NameClusters clusters = new NameClusters();
    collectForms(reviews, annotations, clusters);
    film.directorAliases().forEach(clusters::add);
    clusters.add(film.director());
    dropRunTogether(clusters);
    countForms(reviews, clusters);
    joinSpellings(clusters);
    joinParts(clusters);
    for (Review r : reviews) {
      joinAlsoCalled(r.text(), clusters);
    }
    joinNameOrder(clusters);
    Optional<String> titleRoot = joinTitle(clusters);

    Map<String, Evidence> evidence = evidence(reviews, clusters, titleRoot);
    if (joinOneActorsCharacters(clusters, evidence)) {
      evidence = evidence(reviews, clusters, titleRoot);
    }
    markDirector(clusters, evidence);
    markSurnameHabit(clusters, evidence);

    Set<String> commonWords = commonWords(annotations);
    Set<String> otherTitles = new HashSet<>();
    ReferenceFinder references = new ReferenceFinder(Set.of(), film.title());
    reviews.forEach(r -> references.titles(r.text()).forEach(t -> otherTitles.add(Names.key(t))));
    return new Gathered(clusters, evidence, commonWords, otherTitles, titleRoot);
  }

  /** A cluster the person decision reads: one with a character cue, or named twice or more. */
  private static boolean isCandidate(Gathered g, String root) {
    Evidence e = g.evidence().get(root);
    boolean characterCue = e != null && !e.character.isEmpty();
    return characterCue || g.clusters().clusterCount(root) >= MIN_MENTIONS;
  }

  /**
   * The hand-ordered rule the model replaced: no strong or uncontradicted person evidence, not a
   * common word, and a character cue or named at least twice in two reviews mostly as a PERSON.
   */
  private boolean byRule(Gathered g, String root, List<AnnotatedReview> annotations) {
    Evidence e = g.evidence().get(root);
    boolean characterCue = e != null && !e.character.isEmpty();
    if (isPerson(e) || (isCommon(g, root) && !characterCue)) {
      return false;
    }
    boolean named =
        g.clusters().clusterCount(root) >= MIN_MENTIONS
            && g.clusters().clusterReviews(root) >= 2
            && personShare(root, g.clusters(), annotations) >= 0.5;
    return characterCue || named;
  }

  private static boolean isCommon(Gathered g, String root) {
    return g.clusters().members(root).stream()
        .allMatch(
            k ->
                g.commonWords().contains(k)
                    || g.otherTitles().contains(k)
                    || isInCapitals(g.clusters().spelling(k)));
  }

  private PersonContext.Facts facts(
      Gathered g, String root, List<Review> reviews, List<AnnotatedReview> annotations) {
    NameClusters clusters = g.clusters();
    Evidence e = g.evidence().get(root);
    String[] fullest = words(fullest(clusters.spellings(root)));
    int full = 0;
    int first = 0;
    int surname = 0;
    for (String key : clusters.members(root)) {
      String[] w = words(clusters.spelling(key));
      int n = clusters.count(key);
      if (w.length >= 2) {
        full += n;
      } else if (fullest.length >= 2 && Names.key(w[0]).equals(Names.key(fullest[0]))) {
        first += n;
      } else if (fullest.length >= 2
          && Names.key(w[0]).equals(Names.key(fullest[fullest.length - 1]))) {
        surname += n;
      }
    }
    return new PersonContext.Facts(
        clusters.clusterCount(root),
        clusters.clusterReviews(root),
        reviews.size(),
        personShare(root, clusters, annotations),
        NameContexts.craftShare(clusters.spellings(root), reviews, annotations),
        isCommon(g, root),
        g.titleRoot().filter(root::equals).isPresent(),
        e == null ? Optional.empty() : Optional.ofNullable(e.role),
        e != null && e.strongPerson,
        e == null ? "" : kind(e.personEvidence),
        e == null ? List.of() : e.character.stream().map(CastDiscovery::kind).toList(),
        e != null && !e.actorOf.isEmpty(),
        fullest.length,
        full,
        first,
        surname);
  }

  /** The kind of a piece of evidence: its words before the quoted example. */
  private static String kind(String evidence) {
    int colon = evidence.indexOf(':');
    String kind = colon < 0 ? evidence : evidence.substring(0, colon);
    return kind.strip().replaceAll("[^\\p{L}]+", "_").toLowerCase(Locale.ROOT);
  }

  private Map<String, Evidence> evidence(
      List<Review> reviews, NameClusters clusters, Optional<String> titleRoot) {
    Map<String, Evidence> evidence = new HashMap<>();
    titleRoot.ifPresent(t -> evidenceOf(evidence, t).character.add("the film's title names it"));
    for (Review r : reviews) {
      gather(r.text(), clusters, evidence);
    }
    return evidence;
  }

  /**
   * Joins the names that differ only in their order: "Choi Min-sik" and "Min-sik Choi", "Oh Dae-su"
   * and "Dae-su Oh". Korean, Chinese and Japanese names are written in both orders, often within
   * one review.
   */
  private static void joinNameOrder(NameClusters clusters) {
    Map<List<String>, String> byParts = new HashMap<>();
    for (String key : clusters.keys()) {
      String[] w = words(clusters.spelling(key));
      if (w.length < 2) {
        continue;
      }
      List<String> parts = Arrays.stream(w).map(Names::key).sorted().toList();
      String first = byParts.putIfAbsent(parts, key);
      if (first != null) {
        clusters.union(first, key);
      }
    }
  }

  /**
   * Joins two characters credited to one actor when their names share a part ("Dae Su" and "Oh
   * Dae-su", both played by Choi Min-sik): one person written two ways. An actor who plays two
   * characters of unrelated names (a creature and a monster) keeps them apart.
   *
   * @return whether any were joined, so that the evidence is gathered again
   */
  private static boolean joinOneActorsCharacters(
      NameClusters clusters, Map<String, Evidence> evidence) {
    boolean joined = false;
    for (Evidence e : evidence.values()) {
      List<String> roots = e.credited.stream().map(clusters::root).distinct().toList();
      for (int i = 0; i < roots.size(); i++) {
        for (int j = i + 1; j < roots.size(); j++) {
          if (!clusters.root(roots.get(i)).equals(clusters.root(roots.get(j)))
              && shareAPart(clusters.spellings(roots.get(i)), clusters.spellings(roots.get(j)))) {
            clusters.union(roots.get(i), roots.get(j));
            joined = true;
          }
        }
      }
    }
    return joined;
  }

  /**
   * Whether one cluster's fullest name is the other's written differently: every word of one lies
   * inside a word of the other, hyphens and spaces aside ("Dae Su" in "Oh Dae-su"). Two people of
   * one family ("Ted Kramer", "Joanna Kramer") share a word but neither holds the other; their bare
   * surname, which either cluster may hold, is not their fullest name.
   */
  private static boolean shareAPart(List<String> a, List<String> b) {
    List<String> x = parts(List.of(fullest(a)));
    List<String> y = parts(List.of(fullest(b)));
    return holds(x, y) || holds(y, x);
  }

  /** The spelling with the most words, the longest among those. */
  private static String fullest(List<String> spellings) {
    return spellings.stream()
        .max(
            Comparator.comparingInt((String n) -> words(n).length)
                .thenComparingInt(String::length)
                .thenComparing(Comparator.reverseOrder()))
        .orElse("");
  }

  /** Whether every word of {@code inner} lies inside a word of {@code outer}. */
  private static boolean holds(List<String> outer, List<String> inner) {
    return !inner.isEmpty()
        && inner.stream().allMatch(k -> outer.stream().anyMatch(w -> w.contains(k)));
  }

  /** The words of some names, as keys, leaving out initials. */
  private static List<String> parts(List<String> names) {
    return names.stream()
        .flatMap(n -> Arrays.stream(words(n)))
        .map(Names::key)
        .filter(k -> k.length() >= 2)
        .toList();
  }

  private static void collectForms(
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

  /**
   * A name without a possessive and without leading words that are not names ("In", "Director").
   */
  static Optional<String> cleanName(String written) {
    String name = written.strip().replaceAll("['’]s?$", "");
    List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
    while (!words.isEmpty() && NOT_NAME_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      words.remove(0);
    }
    if (words.isEmpty()
        || !words.stream().allMatch(w -> w.matches(WORD))
        || words.get(0).matches("(?i)jr\\.?|sr\\.?")) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", words));
  }

  /** Counts every form in every review, the longest form first at each place. */
  private static void countForms(List<Review> reviews, NameClusters clusters) {
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
   * Parts join their full name. A shorter full name joins the one longer name it ends ("Robert
   * Oppenheimer" → J. Robert Oppenheimer). A one-word form joins the full name it begins or ends;
   * when several fit (a family's surname), it joins the one mentioned most, if at least twice as
   * often as the next, and otherwise stays apart.
   */
  private static void joinParts(NameClusters clusters) {
    List<String> full =
        clusters.keys().stream().filter(k -> words(clusters.spelling(k)).length > 1).toList();
    for (String shorter : full) {
      String tail = " " + String.join(" ", words(clusters.spelling(shorter)));
      Set<String> longer =
          full.stream()
              .filter(
                  k ->
                      (" " + String.join(" ", words(clusters.spelling(k)))).endsWith(tail)
                          && !k.equals(shorter))
              .map(clusters::root)
              .collect(Collectors.toSet());
      if (longer.size() == 1) {
        clusters.union(longer.iterator().next(), shorter);
      }
    }
    Map<String, Set<String>> fullNamesOf = new HashMap<>();
    for (String key : full) {
      String[] w = words(clusters.spelling(key));
      fullNamesOf.computeIfAbsent(Names.key(w[0]), k -> new HashSet<>()).add(key);
      fullNamesOf.computeIfAbsent(Names.key(w[w.length - 1]), k -> new HashSet<>()).add(key);
    }
    for (String key : clusters.keys()) {
      if (words(clusters.spelling(key)).length > 1) {
        continue;
      }
      List<String> fits =
          fullNamesOf.getOrDefault(key, Set.of()).stream()
              .map(clusters::root)
              .distinct()
              .sorted(Comparator.comparingInt(clusters::clusterCount).reversed())
              .toList();
      if (fits.size() == 1
          || (fits.size() > 1
              && clusters.clusterCount(fits.get(0)) >= 2 * clusters.clusterCount(fits.get(1)))) {
        clusters.union(fits.get(0), key);
      }
    }
  }

  /** The words of a name, without a generational suffix: "Robert Downey Jr." ends with Downey. */
  private static String[] words(String name) {
    String[] w = name.strip().split("\\s+");
    if (w.length > 1 && w[w.length - 1].matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) {
      return Arrays.copyOf(w, w.length - 1);
    }
    return w;
  }

  /**
   * NER sometimes runs two names together ("Hester Clara Mott", a photo caption): a form that is a
   * known form followed by a known full name is dropped.
   */
  private static void dropRunTogether(NameClusters clusters) {
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

  /**
   * A full name joins the one it misspells: the same first name and a surname that sounds the same.
   * Two one-word forms that are each a word of a longer name are not joined: "Steven" (Spielberg)
   * and "Stevens" (Thaddeus Stevens) are two people; a misspelt full name joins its full name here
   * and its parts follow.
   */
  private static void joinSpellings(NameClusters clusters) {
    SpellingVariants sound = new SpellingVariants(new Cast(List.of()));
    List<String> keys = clusters.keys();
    Set<String> partsOfLongerNames = new HashSet<>();
    for (String key : keys) {
      String[] w = words(clusters.spelling(key));
      if (w.length > 1) {
        Arrays.stream(w).map(Names::key).forEach(partsOfLongerNames::add);
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        String[] a = clusters.spelling(keys.get(i)).split("\\s+");
        String[] b = clusters.spelling(keys.get(j)).split("\\s+");
        boolean twoParts =
            a.length == 1
                && partsOfLongerNames.contains(Names.key(a[0]))
                && partsOfLongerNames.contains(Names.key(b[0]));
        if (a.length == b.length && !twoParts && misspells(a, b, sound)) {
          clusters.union(keys.get(i), keys.get(j));
        }
      }
    }
  }

  /** Whether two names of as many words differ in exactly one word, and that word is misspelt. */
  private static boolean misspells(String[] a, String[] b, SpellingVariants sound) {
    int differing = -1;
    for (int w = 0; w < a.length; w++) {
      if (!Names.key(a[w]).equals(Names.key(b[w]))) {
        if (differing >= 0) {
          return false;
        }
        differing = w;
      }
    }
    if (differing < 0) {
      return false;
    }
    String ka = Names.key(a[differing]);
    String kb = Names.key(b[differing]);
    return (Math.min(ka.length(), kb.length()) >= 5 && SpellingVariants.editDistance(ka, kb) == 1)
        || (a.length > 1 && sound.soundsLike(a[differing], b[differing]));
  }

  private static void joinAlsoCalled(String text, NameClusters clusters) {
    Matcher m = ALSO_CALLED.matcher(text);
    while (m.find()) {
      Optional<String> a = resolveEnd(m.group(1), clusters);
      Optional<String> b = resolveStart(m.group(2), clusters);
      if (a.isPresent() && b.isEmpty()) {
        b = cleanName(m.group(2)).map(clusters::add);
      }
      if (a.isPresent() && b.isPresent()) {
        clusters.union(a.get(), b.get());
      }
    }
  }

  /**
   * The film's title joins the character it names: the cluster of the bare title, and the full name
   * that holds the title as a word, when one such name is mentioned at least twice as often as any
   * other ("Juno" and Juno MacGuff; not Kitty Oppenheimer beside J. Robert Oppenheimer).
   */
  private Optional<String> joinTitle(NameClusters clusters) {
    String title = Names.key(film.title());
    Set<String> roots = new HashSet<>();
    if (clusters.known(film.title())) {
      roots.add(clusters.root(title));
    }
    List<String> holders =
        clusters.keys().stream()
            .filter(
                k -> {
                  String[] w = words(clusters.spelling(k));
                  return w.length > 1 && Arrays.stream(w).anyMatch(x -> Names.key(x).equals(title));
                })
            .map(clusters::root)
            .distinct()
            .sorted(Comparator.comparingInt(clusters::clusterCount).reversed())
            .toList();
    if (holders.size() == 1
        || (holders.size() > 1
            && clusters.clusterCount(holders.get(0))
                >= 2 * clusters.clusterCount(holders.get(1)))) {
      roots.add(holders.get(0));
    }
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    String titleKey = clusters.add(film.title());
    roots.forEach(r -> clusters.union(r, titleKey));
    return Optional.of(clusters.root(titleKey));
  }

  private static Evidence evidenceOf(Map<String, Evidence> evidence, String root) {
    return evidence.computeIfAbsent(root, r -> new Evidence());
  }

  /** The credits, role words, bylines, works and possessives of one review. */
  private void gather(String text, NameClusters clusters, Map<String, Evidence> evidence) {
    for (Credit credit : CREDITS) {
      Matcher m = credit.pattern().matcher(text);
      while (m.find()) {
        Optional<String> character =
            credit.character() == 1
                ? resolveEnd(m.group(1), clusters)
                : resolveStart(m.group(2), clusters);
        Optional<String> actor =
            credit.actor() == 1
                ? resolveEnd(m.group(1), clusters)
                : resolveStart(m.group(2), clusters);
        if (character.isEmpty()
            || actor.isEmpty()
            || character.get().equals(actor.get())
            || isDirector(actor.get(), clusters)) {
          continue;
        }
        boolean possessive = credit == CREDITS.get(CREDITS.size() - 1);
        if (possessive && !hasFullName(actor.get(), clusters)) {
          continue;
        }
        String quote = "“" + m.group() + "”";
        Evidence a = evidenceOf(evidence, clusters.root(actor.get()));
        a.role = Person.Role.ACTOR;
        a.strongPerson = true;
        a.personEvidence = "credited as an actor: " + quote;
        if (a.actorOf.isEmpty()) {
          a.actorOf = clusters.root(character.get());
          a.actorEvidence = quote;
        }
        a.credited.add(character.get());
        evidenceOf(evidence, clusters.root(character.get()))
            .character
            .add("credited to an actor: " + quote);
      }
    }
    mark(text, ROLE_BEFORE, 2, clusters, evidence, true, null, "named after a role word");
    mark(text, BYLINE, 1, clusters, evidence, true, Person.Role.CRITIC, "a byline");
    mark(
        text,
        WORK_AFTER,
        1,
        clusters,
        evidence,
        true,
        Person.Role.OTHER,
        "a work is named after them");
    mark(
        text,
        WORK_BEFORE,
        1,
        clusters,
        evidence,
        true,
        Person.Role.OTHER,
        "a work is named after them");
    mark(
        text,
        CREDIT_AFTER_A_ROLE,
        1,
        clusters,
        evidence,
        true,
        Person.Role.ACTOR,
        "credited in parentheses");
    mark(text, AS_A_ROLE, 1, clusters, evidence, false, Person.Role.ACTOR, "cast in a role");
    Matcher other = IN_ANOTHER_WORK.matcher(text);
    while (other.find()) {
      if (!Names.key(other.group(2)).equals(Names.key(film.title()))
          && !clusters.known(other.group(2))) {
        resolveEnd(other.group(1), clusters)
            .ifPresent(
                who -> {
                  Evidence e = evidenceOf(evidence, clusters.root(who));
                  if (e.role == null) {
                    e.role = Person.Role.OTHER;
                    e.personEvidence = "named in another work: “" + other.group() + "”";
                  }
                });
      }
    }
    mark(
        text,
        PERFORMANCE_AFTER,
        1,
        clusters,
        evidence,
        false,
        Person.Role.ACTOR,
        "named with a performance");
    mark(text, CRAFT_AFTER, 1, clusters, evidence, false, Person.Role.CREW, "named with a craft");
    Matcher label = LABEL.matcher(text);
    while (label.find()) {
      clusters
          .clusterOf(label.group(1))
          .ifPresent(r -> evidenceOf(evidence, r).character.add("speaks a script line"));
    }
  }

  private static void mark(
      String text,
      Pattern cue,
      int group,
      NameClusters clusters,
      Map<String, Evidence> evidence,
      boolean strong,
      Person.Role role,
      String why) {
    Matcher m = cue.matcher(text);
    while (m.find()) {
      Optional<String> who =
          group == 1 && cue != BYLINE && cue != CREDIT_AFTER_A_ROLE
              ? resolveEnd(m.group(group), clusters)
              : resolveStart(m.group(group), clusters);
      if (who.isEmpty()) {
        continue;
      }
      Evidence e = evidenceOf(evidence, clusters.root(who.get()));
      if (e.strongPerson && !strong) {
        continue;
      }
      if (e.role == null || (strong && !e.strongPerson)) {
        e.role = role != null ? role : roleOfWord(m.group(1));
        e.personEvidence = why + ": “" + m.group() + "”";
      }
      e.strongPerson |= strong;
    }
  }

  private static Person.Role roleOfWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("critic") || w.equals("reviewer") ? Person.Role.CRITIC : Person.Role.CREW;
  }

  private void markDirector(NameClusters clusters, Map<String, Evidence> evidence) {
    Set<String> roots = new HashSet<>();
    Stream.concat(film.directorAliases().stream(), Stream.of(film.director()))
        .filter(name -> !name.isBlank())
        .forEach(name -> clusters.clusterOf(name).ifPresent(roots::add));
    for (String root : roots) {
      Evidence e = evidenceOf(evidence, root);
      e.role = Person.Role.DIRECTOR;
      e.strongPerson = true;
      e.personEvidence = "the director in film.csv";
    }
  }

  private boolean isDirector(String key, NameClusters clusters) {
    String root = clusters.root(key);
    return film.directorAliases().stream()
        .anyMatch(a -> clusters.clusterOf(a).filter(root::equals).isPresent());
  }

  /**
   * Critics call real people by the surname and characters by the first name: a full name whose
   * surname is written alone at least twice and whose first name never is marks a real person.
   */
  private static void markSurnameHabit(NameClusters clusters, Map<String, Evidence> evidence) {
    for (String key : clusters.keys()) {
      String[] words = clusters.spelling(key).split("\\s+");
      if (words.length < 2) {
        continue;
      }
      int surname = clusters.count(Names.key(words[words.length - 1]));
      int firstName = clusters.count(Names.key(words[0]));
      if (surname >= 2 && firstName == 0) {
        Evidence e = evidenceOf(evidence, clusters.root(key));
        if (e.role == null) {
          e.role = Person.Role.OTHER;
          e.personEvidence =
              "called by the surname alone (" + surname + " times), never by the first name";
        }
      }
    }
  }

  /** Lower-case words of the corpus: a name form spelt like one is a common word ("Review"). */
  private static Set<String> commonWords(List<AnnotatedReview> annotations) {
    Set<String> words = new HashSet<>();
    for (AnnotatedReview a : annotations) {
      for (Token t : a.tokens()) {
        if (t.word().equals(t.word().toLowerCase(Locale.ROOT)) && t.word().length() > 2) {
          words.add(Names.key(t.word()));
        }
      }
    }
    return words;
  }

  /**
   * The share of a cluster's words in the reviews that NER tags PERSON: a town or a company that
   * NER once took for a person ("Hinkley") is mostly tagged otherwise.
   */
  private static double personShare(
      String root, NameClusters clusters, List<AnnotatedReview> annotations) {
    Set<String> words = new HashSet<>();
    for (String key : clusters.members(root)) {
      String[] w = words(clusters.spelling(key));
      words.add(Names.key(w[w.length - 1]));
    }
    int person = 0;
    int all = 0;
    for (AnnotatedReview a : annotations) {
      for (Token t : a.tokens()) {
        if (t.pos().startsWith("NNP") && words.contains(Names.key(t.word()))) {
          all++;
          person += t.ner().equals("PERSON") ? 1 : 0;
        }
      }
    }
    return all == 0 ? 0.0 : (double) person / all;
  }

  /** A word only ever written in capitals is a heading or a label ("NOTE"), not a name. */
  private static boolean isInCapitals(String spelling) {
    return spelling.length() > 1 && spelling.equals(spelling.toUpperCase(Locale.ROOT));
  }

  private static boolean hasFullName(String key, NameClusters clusters) {
    return clusters.spellings(clusters.root(key)).stream().anyMatch(s -> s.contains(" "));
  }

  /** The cluster of the longest known run of words at the end of a captured name. */
  private static Optional<String> resolveEnd(String captured, NameClusters clusters) {
    String[] words = captured.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      Optional<String> c =
          cleanName(String.join(" ", List.of(words).subList(i, words.length)))
              .flatMap(clusters::clusterOf);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /**
   * The cluster of the longest known run of words at the start of a captured name. A possessive
   * first word ("Beethoven's Ninth") is the owner of something else, never the name itself.
   */
  private static Optional<String> resolveStart(String captured, NameClusters clusters) {
    String[] words = captured.strip().split("\\s+");
    if (words[0].matches(".*['’]s?")) {
      return Optional.empty();
    }
    for (int j = words.length; j > 0; j--) {
      Optional<String> c =
          cleanName(String.join(" ", List.of(words).subList(0, j))).flatMap(clusters::clusterOf);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private boolean isPerson(Evidence e) {
    if (e == null || e.role == null) {
      return false;
    }
    return e.strongPerson || e.character.isEmpty();
  }

  private SuggestedCast build(Gathered g, List<Review> reviews, List<AnnotatedReview> annotations) {
    NameClusters clusters = g.clusters();
    Map<String, Evidence> evidence = g.evidence();
    Optional<String> titleRoot = g.titleRoot();
    String title = Names.key(film.title());
    PersonModel model = personModel.get();
    List<String> characterRoots = new ArrayList<>();
    for (String root : clusters.roots()) {
      if (isCandidate(g, root)
          && model.isCharacter(PersonContext.of(facts(g, root, reviews, annotations)))) {
        characterRoots.add(root);
      }
    }
    characterRoots.sort(
        Comparator.comparing((String r) -> -clusters.clusterCount(r)).thenComparing(r -> r));

    Map<String, String> actorOf = new HashMap<>();
    evidence.forEach(
        (root, e) -> {
          if (e.role == Person.Role.ACTOR
              && !e.actorOf.isEmpty()
              && isPerson(e)
              && !characterRoots.contains(root)) {
            actorOf.putIfAbsent(clusters.root(e.actorOf), root);
          }
        });
    List<Character> characters = new ArrayList<>();
    Map<String, String> confidence = new LinkedHashMap<>();
    Map<String, String> why = new LinkedHashMap<>();
    Map<String, String> nameOf = new HashMap<>();
    for (String root : characterRoots) {
      List<String> forms = clusters.members(root);
      String name = characterName(forms, title, clusters);
      nameOf.put(root, name);
      List<String> aliases = new ArrayList<>(List.of(name));
      clusters.spellings(root).stream()
          .filter(s -> !Names.key(s).equals(Names.key(name)))
          .forEach(aliases::add);
      String actorRoot = actorOf.get(root);
      String actor = actorRoot == null ? "" : fullName(actorRoot, clusters);
      List<String> actorAliases =
          actorRoot == null ? List.of() : actorAliases(actorRoot, actor, clusters);
      characters.add(
          new Character(name, aliases, actor, actorAliases, gender(aliases, annotations)));
      int n = clusters.clusterCount(root);
      boolean titled = titleRoot.filter(root::equals).isPresent();
      confidence.put(name, actorRoot != null || titled ? "high" : n >= 5 ? "medium" : "low");
      Evidence e = evidence.get(root);
      String cue = e == null || e.character.isEmpty() ? "" : "; " + e.character.get(0);
      why.put(name, n + " name mentions" + cue);
    }
    List<Person> people = new ArrayList<>();
    for (String root : clusters.roots()) {
      Evidence e = evidence.get(root);
      if (!isPerson(e) || characterRoots.contains(root)) {
        continue;
      }
      String character =
          e.role == Person.Role.ACTOR ? nameOf.getOrDefault(clusters.root(e.actorOf), "") : "";
      people.add(
          new Person(
              fullName(root, clusters),
              clusters.spellings(root),
              e.role,
              character,
              e.personEvidence));
    }
    people.sort(Comparator.comparing((Person p) -> p.role().ordinal()).thenComparing(Person::name));
    return new SuggestedCast(new Cast(characters), confidence, why, people);
  }

  /**
   * What a character is called: its most frequent one-word name, first names and nicknames before
   * surnames ("Erin", not Brockovich), and the title only when nothing but surnames is left (Ani,
   * not Anora; but Juno, not MacGuff).
   */
  private static String characterName(List<String> forms, String title, NameClusters clusters) {
    Set<String> surnames = new HashSet<>();
    forms.forEach(
        k -> {
          String[] w = words(clusters.spelling(k));
          if (w.length > 1) {
            surnames.add(Names.key(w[w.length - 1]));
          }
        });
    Comparator<String> byCount =
        Comparator.<String>comparingInt(clusters::count)
            .thenComparing(Comparator.<String>reverseOrder());
    List<String> single =
        forms.stream().filter(k -> words(clusters.spelling(k)).length == 1).toList();
    return single.stream()
        .filter(k -> !surnames.contains(k) && !k.equals(title))
        .max(byCount)
        .or(() -> single.stream().filter(title::equals).findFirst())
        .or(() -> single.stream().max(byCount))
        .or(() -> forms.stream().max(byCount))
        .map(clusters::spelling)
        .orElseThrow();
  }

  private static String fullName(String root, NameClusters clusters) {
    return clusters.members(root).stream()
        .map(clusters::spelling)
        .max(
            Comparator.comparingInt((String s) -> s.split("\\s+").length)
                .thenComparingInt((String s) -> clusters.count(Names.key(s))))
        .orElse(root);
  }

  /**
   * The full name and the surname, and any misspelling of them: a first name alone is too often
   * someone else's.
   */
  private static List<String> actorAliases(String root, String actor, NameClusters clusters) {
    List<String> aliases = new ArrayList<>(List.of(actor));
    String[] words = actor.split("\\s+");
    String surname = words[words.length - 1];
    for (String s : clusters.spellings(root)) {
      boolean firstNameOnly = words.length > 1 && Names.key(s).equals(Names.key(words[0]));
      if (!aliases.contains(s) && !firstNameOnly) {
        aliases.add(s);
      }
    }
    if (words.length > 1
        && aliases.stream().noneMatch(a -> Names.key(a).equals(Names.key(surname)))) {
      aliases.add(surname);
    }
    return aliases;
  }

  /** The gender of the he/she pronouns in chains whose names belong to the character. */
  private static Gender gender(List<String> aliases, List<AnnotatedReview> annotations) {
    Set<String> keys = aliases.stream().map(Names::key).collect(Collectors.toSet());
    int female = 0;
    int male = 0;
    for (AnnotatedReview a : annotations) {
      for (CorefChain chain : a.chains()) {
        boolean named =
            chain.mentions().stream()
                .anyMatch(
                    m ->
                        !m.isPronoun()
                            && keys.contains(Names.key(m.text().replaceAll("['’]s?$", ""))));
        if (!named) {
          continue;
        }
        for (CorefMention m : chain.mentions()) {
          String w = m.text().toLowerCase(Locale.ROOT);
          female += PronounResolver.FEMININE.contains(w) ? 1 : 0;
          male += PronounResolver.MASCULINE.contains(w) ? 1 : 0;
        }
      }
    }
    if (female > 2 * male) {
      return Gender.FEMALE;
    }
    return male > 2 * female ? Gender.MALE : Gender.UNKNOWN;
  }
}
