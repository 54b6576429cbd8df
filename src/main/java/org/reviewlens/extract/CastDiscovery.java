package org.reviewlens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.annotate.CorefMention;
import org.reviewlens.annotate.EntitySpan;
import org.reviewlens.annotate.Token;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Review;

/**
 * Discovers a film's characters from its reviews, for a corpus without cast.csv.
 *
 * <ol>
 *   <li><b>Names.</b> PERSON entities, every later use of a word NER once called a person (it
 *       tags "Vanya" as a place at times), the labels of script-style lines, and the parts of a
 *       name with a quoted nickname (Anora “Ani” Mikheeva).
 *   <li><b>Clusters.</b> A nickname pattern and "A, or B" join names; a single word joins the
 *       longer name it begins or ends ("Madison" → Mikey Madison), when only one fits.
 *   <li><b>People, not characters.</b> The director; anyone credited in parentheses after a
 *       character ("Igor (Yura Borisov)"), before "as" a character ("Yura Borisov as Igor"), after
 *       "played … by", or before a character with a possessive ("Eydelshteyn’s Ivan"): these are
 *       actors, linked to that character. Also names after a crew or role word ("cinematographer
 *       Drew Daniels", "Editor Nic Chang") or before "’s performance", "’s direction" and the like.
 *   <li><b>Characters.</b> The remaining clusters named at least twice, or with an actor. Titles of
 *       other films (NER tags "Tangerine" as a person) are left out. A character is called by its
 *       most frequent one-word name other than the film's title (Ani, not Anora). The gender comes
 *       from the he/she pronouns of the coreference chains that name the character.
 * </ol>
 */
public final class CastDiscovery {
  private static final Pattern NICKNAME = Pattern.compile("\\b(\\p{Lu}\\p{L}+) [“\"](\\p{Lu}\\p{L}+)[”\"] (\\p{Lu}\\p{L}+)");
  private static final Pattern OR_APPOSITION = Pattern.compile("\\b(\\p{Lu}\\p{L}+), or (\\p{Lu}\\p{L}+)\\b");
  private static final Pattern LABEL = Pattern.compile("(?m)^(\\p{Lu}\\p{L}+):");
  private static final String NAME = "(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)";
  private static final Pattern PERSON_CUE_BEFORE = Pattern.compile(
      "\\b(?:director|cinematographer|editor|Editor|producer|writer|actor|actress|composer|star|critic)\\s+" + NAME);
  private static final Pattern PERSON_CUE_AFTER = Pattern.compile(
      NAME + "['’]s\\s+(?:performance|portrayal|acting|direction|filmmaking|films|career|work|cinematography|editing|script)\\b");
  private static final int MIN_MENTIONS = 2;

  private final Film film;

  public CastDiscovery(Film film) {
    this.film = film;
  }

  /** Discovers the cast from the reviews and their annotations, given in the same order. */
  public SuggestedCast discover(List<Review> reviews, List<AnnotatedReview> annotations) {
    Set<String> personWords = personWords(annotations);
    Clusters clusters = new Clusters();
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < reviews.size(); i++) {
      collectNames(reviews.get(i).text(), annotations.get(i), personWords, clusters, counts);
    }
    clusters.attachSingleWords();
    counts.clear();
    for (Review review : reviews) {
      for (String name : clusters.names()) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(review.text());
        while (m.find()) {
          counts.merge(name, 1, Integer::sum);
        }
      }
    }
    Map<String, String> actorOf = new HashMap<>();
    Map<String, String> people = new LinkedHashMap<>();
    film.directorAliases().forEach(a -> people.put(clusters.root(a), "director"));
    people.put(clusters.root(film.director()), "director");
    Set<String> titles = new HashSet<>();
    ReferenceFinder references = new ReferenceFinder(Set.of(), film.title());
    for (Review review : reviews) {
      titles.addAll(references.titles(review.text()));
    }
    for (int credit = 0; credit < CREDITS; credit++) {
      for (Review review : reviews) {
        findActors(review.text(), credit, clusters, actorOf, people);
      }
    }
    for (Review review : reviews) {
      String text = review.text();
      markPeople(text, PERSON_CUE_BEFORE, clusters, people, "named after a role word");
      markPeople(text, PERSON_CUE_AFTER, clusters, people, "named with a performance or direction");
    }
    return build(clusters, counts, actorOf, people, titles, annotations);
  }

  /** Words NER calls a person at least once anywhere in the corpus. */
  private static Set<String> personWords(List<AnnotatedReview> annotations) {
    Set<String> words = new HashSet<>();
    for (AnnotatedReview a : annotations) {
      for (Token t : a.tokens()) {
        if (t.ner().equals("PERSON") && t.pos().startsWith("NNP")) {
          words.add(t.word());
        }
      }
    }
    return words;
  }

  private static void collectNames(
      String text, AnnotatedReview a, Set<String> personWords, Clusters clusters, Map<String, Integer> counts) {
    for (EntitySpan e : a.entities()) {
      if (!TokenSpans.isPronoun(a.tokens(), e) && e.type().equals("PERSON") && e.text().matches("\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)*")) {
        clusters.add(e.text().replaceAll("['’]s$", ""));
      }
    }
    for (Token t : a.tokens()) {
      if (personWords.contains(t.word()) && t.pos().startsWith("NNP")) {
        clusters.add(t.word());
        counts.merge(t.word(), 1, Integer::sum);
      }
    }
    Matcher nick = NICKNAME.matcher(text);
    while (nick.find()) {
      String full = nick.group(1) + " " + nick.group(3);
      clusters.add(full);
      for (int g = 1; g <= 3; g++) {
        clusters.union(full, nick.group(g));
      }
    }
    Matcher or = OR_APPOSITION.matcher(text);
    while (or.find()) {
      if (clusters.known(or.group(1)) && clusters.known(or.group(2))) {
        clusters.union(or.group(1), or.group(2));
      }
    }
    Matcher label = LABEL.matcher(text);
    while (label.find()) {
      clusters.add(label.group(1));
      counts.merge(label.group(1), 1, Integer::sum);
    }
  }

  /** How many kinds of credit {@link #findActors} knows, strongest first. */
  private static final int CREDITS = 4;

  /**
   * Links actors to characters from one kind of credit in the text: 0 parentheses, 1 "as", 2
   * "played … by", 3 a possessive. The director is never an actor.
   */
  private static void findActors(
      String text, int kind, Clusters clusters, Map<String, String> actorOf, Map<String, String> people) {
    for (String name : clusters.names()) {
      String q = Pattern.quote(name);
      List<Pattern> all = List.of(
          Pattern.compile("\\b" + q + "[”\"’']?\\s*\\((\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)\\)"),
          Pattern.compile("\\b(\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)(?:['’]s (?:performance|portrayal))? as " + q + "\\b"),
          Pattern.compile("\\b" + q + ", played [^.;]{0,60}?\\bby (\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)"),
          Pattern.compile("\\b(\\p{Lu}\\p{L}+)['’]s " + q + "\\b"));
      for (Pattern credit : List.of(all.get(kind))) {
        Matcher m = credit.matcher(text);
        while (m.find()) {
          String actor = m.group(1);
          if (!clusters.known(actor) || clusters.root(actor).equals(clusters.root(name))) {
            continue;
          }
          String actorRoot = clusters.root(actor);
          String character = clusters.root(name);
          boolean director = "director".equals(people.get(actorRoot));
          if (director || people.containsKey(character) || actorOf.containsKey(character)) {
            continue;
          }
          actorOf.put(character, actorRoot);
          people.put(actorRoot, "credited as an actor: “" + m.group() + "”");
        }
      }
    }
  }

  private static void markPeople(String text, Pattern cue, Clusters clusters, Map<String, String> people, String why) {
    Matcher m = cue.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (clusters.known(name)) {
        people.putIfAbsent(clusters.root(name), why + ": “" + m.group() + "”");
      } else if (name.contains(" ") && clusters.known(name.substring(0, name.indexOf(' ')))) {
        people.putIfAbsent(clusters.root(name.substring(0, name.indexOf(' '))), why + ": “" + m.group() + "”");
      }
    }
  }

  private SuggestedCast build(
      Clusters clusters, Map<String, Integer> counts, Map<String, String> actorOf, Map<String, String> people,
      Set<String> titles, List<AnnotatedReview> annotations) {
    Map<String, Integer> mentions = new HashMap<>();
    counts.forEach((word, n) -> mentions.merge(clusters.root(word), n, Integer::sum));
    List<String> roots = new ArrayList<>();
    for (String root : clusters.roots()) {
      boolean isTitle = clusters.members(root).stream().anyMatch(titles::contains);
      if (!people.containsKey(root) && !isTitle
          && (mentions.getOrDefault(root, 0) >= MIN_MENTIONS || actorOf.containsKey(root))) {
        roots.add(root);
      }
    }
    roots.sort(Comparator.comparing((String r) -> -mentions.getOrDefault(r, 0)).thenComparing(r -> r));
    List<Character> characters = new ArrayList<>();
    Map<String, String> confidence = new HashMap<>();
    Map<String, String> evidence = new HashMap<>();
    for (String root : roots) {
      List<String> aliases = clusters.members(root);
      String title = film.title();
      String name = aliases.stream().filter(a -> !a.contains(" ") && !a.equalsIgnoreCase(title))
          .max(Comparator.comparing((String a) -> counts.getOrDefault(a, 0)).thenComparing(Comparator.reverseOrder()))
          .orElse(aliases.get(0));
      List<String> ordered = new ArrayList<>(List.of(name));
      aliases.stream().filter(a -> !a.equals(name)).forEach(ordered::add);
      String actorRoot = actorOf.get(root);
      String actor = actorRoot == null ? ""
          : clusters.members(actorRoot).stream().filter(a -> a.contains(" ")).findFirst().orElse(actorRoot);
      // The full name and the surname: a first name alone ("Mark") is too often a common word.
      List<String> actorAliases = actorRoot == null ? List.of()
          : clusters.members(actorRoot).stream().filter(a -> a.contains(" ") || actor.endsWith(" " + a) || a.equals(actor)).toList();
      characters.add(new Character(name, ordered, actor, actorAliases, gender(aliases, annotations)));
      int n = mentions.getOrDefault(root, 0);
      confidence.put(name, actorRoot != null ? "high" : n >= 5 ? "medium" : "low");
      evidence.put(name, n + " name mentions" + (actorRoot == null ? "" : "; " + people.get(actorRoot)));
    }
    List<String> found = new ArrayList<>();
    people.forEach((root, why) -> found.add(String.join(" / ", clusters.members(root)) + " (" + why + ")"));
    return new SuggestedCast(new Cast(characters), confidence, evidence, found);
  }

  /** The gender of the he/she pronouns in chains whose names belong to the character. */
  private static Gender gender(List<String> aliases, List<AnnotatedReview> annotations) {
    int female = 0;
    int male = 0;
    for (AnnotatedReview a : annotations) {
      for (CorefChain chain : a.chains()) {
        boolean named = chain.mentions().stream().anyMatch(m -> !m.isPronoun() && aliases.contains(m.text()));
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

  /** Names joined into clusters by union-find, in order of first appearance. */
  private static final class Clusters {
    private final Map<String, String> parent = new LinkedHashMap<>();

    void add(String name) {
      parent.putIfAbsent(name, name);
    }

    boolean known(String name) {
      return parent.containsKey(name);
    }

    String root(String name) {
      add(name);
      String p = parent.get(name);
      if (p.equals(name)) {
        return name;
      }
      String r = root(p);
      parent.put(name, r);
      return r;
    }

    void union(String a, String b) {
      add(a);
      add(b);
      String ra = root(a);
      String rb = root(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }

    Set<String> names() {
      return new LinkedHashSet<>(parent.keySet());
    }

    List<String> roots() {
      return parent.keySet().stream().map(this::root).distinct().toList();
    }

    List<String> members(String root) {
      return parent.keySet().stream().filter(n -> root(n).equals(root)).toList();
    }

    /** A one-word name joins the only longer name that begins or ends with it. */
    void attachSingleWords() {
      List<String> multi = parent.keySet().stream().filter(n -> n.contains(" ")).toList();
      for (String single : List.copyOf(parent.keySet())) {
        if (single.contains(" ")) {
          continue;
        }
        Set<String> fits = new HashSet<>();
        for (String m : multi) {
          if (m.startsWith(single + " ") || m.endsWith(" " + single)) {
            fits.add(root(m));
          }
        }
        if (fits.size() == 1) {
          union(fits.iterator().next(), single);
        }
      }
    }
  }
}
