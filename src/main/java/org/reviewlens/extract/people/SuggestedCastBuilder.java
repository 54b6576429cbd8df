package org.reviewlens.extract.people;

import static org.reviewlens.extract.people.NamePatterns.words;
import static org.reviewlens.extract.people.PersonEvidence.isPerson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewlens.annotate.AnnotatedReview;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.annotate.CorefMention;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Gender;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.people.PersonEvidence.Evidence;
import org.reviewlens.extract.pronouns.PronounResolver;

/**
 * Builds the {@link SuggestedCast} once the person decision is made: what each character is called,
 * its aliases, its actor and the actor's aliases, its gender from the coreference chains, the
 * confidence and the reason, and the real people with their roles.
 */
final class SuggestedCastBuilder {
  private SuggestedCastBuilder() {}

  /**
   * The suggested cast: the characters, most mentioned first, each with its name, aliases, actor
   * and gender, and the real people the evidence shows.
   *
   * @param characterRoots the clusters the person decision calls characters, most mentioned first
   */
  static SuggestedCast build(
      Film film,
      CastDiscovery.Gathered g,
      List<String> characterRoots,
      List<AnnotatedReview> annotations) {
    NameClusters clusters = g.clusters();
    Map<String, Evidence> evidence = g.evidence();
    Optional<String> titleRoot = g.titleRoot();
    String title = Names.key(film.title());

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

  static String fullName(String root, NameClusters clusters) {
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
