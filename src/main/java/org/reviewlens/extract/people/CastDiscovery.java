package org.reviewlens.extract.people;

import static org.reviewlens.extract.people.ClusterJoins.fullest;
import static org.reviewlens.extract.people.NamePatterns.words;
import static org.reviewlens.extract.people.PersonEvidence.isPerson;
import static org.reviewlens.extract.people.SuggestedCastBuilder.fullName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.Token;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Names;
import org.reviewlens.corpus.Review;
import org.reviewlens.extract.names.SpellingVariants;
import org.reviewlens.extract.people.PersonEvidence.Evidence;
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
  record Gathered(
      NameClusters clusters,
      Map<String, Evidence> evidence,
      Set<String> commonWords,
      Set<String> otherTitles,
      Optional<String> titleRoot) {}

  private Gathered gatherAll(List<Review> reviews, List<AnnotatedReview> annotations) {
    NameClusters clusters = new NameClusters();
    NameForms.collectForms(reviews, annotations, clusters);
    film.directorAliases().forEach(clusters::add);
    clusters.add(film.director());
    NameForms.dropRunTogether(clusters);
    NameForms.countForms(reviews, clusters);
    ClusterJoins.joinSpellings(clusters);
    ClusterJoins.joinParts(clusters);
    for (Review r : reviews) {
      ClusterJoins.joinAlsoCalled(r.text(), clusters);
    }
    ClusterJoins.joinNameOrder(clusters);
    Optional<String> titleRoot = ClusterJoins.joinTitle(film, clusters);

    PersonEvidence personEvidence = new PersonEvidence(film);
    Map<String, Evidence> evidence = personEvidence.evidence(reviews, clusters, titleRoot);
    if (ClusterJoins.joinOneActorsCharacters(clusters, evidence)) {
      evidence = personEvidence.evidence(reviews, clusters, titleRoot);
    }
    personEvidence.markDirector(clusters, evidence);
    PersonEvidence.markSurnameHabit(clusters, evidence);

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

  /** Asks the person model which candidates are characters, and builds the cast from them. */
  private SuggestedCast build(Gathered g, List<Review> reviews, List<AnnotatedReview> annotations) {
    NameClusters clusters = g.clusters();
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
    return SuggestedCastBuilder.build(film, g, characterRoots, annotations);
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
}
