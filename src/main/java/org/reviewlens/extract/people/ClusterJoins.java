package org.reviewlens.extract.people;

import static org.reviewlens.extract.people.NamePatterns.NAME;
import static org.reviewlens.extract.people.NamePatterns.cleanName;
import static org.reviewlens.extract.people.NamePatterns.words;
import static org.reviewlens.extract.people.PersonEvidence.resolveEnd;
import static org.reviewlens.extract.people.PersonEvidence.resolveStart;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.names.SpellingVariants;
import org.reviewlens.extract.people.PersonEvidence.Evidence;

/**
 * The rules that join name clusters, one person to a cluster: misspellings, a part and the full
 * name it begins or ends, "A, or B" and its kin, the two orders of a name, the film's title and the
 * character it names, and the characters credited to one actor that are one person written two
 * ways.
 */
final class ClusterJoins {
  private ClusterJoins() {}

  private static final Pattern ALSO_CALLED =
      Pattern.compile(
          NAME
              + "(?:, or|,? aka|,? a\\.k\\.a\\.|,? also known as|,? (?:now|later|newly|since)"
              + " (?:called|named|known as)|,? renamed) "
              + NAME);

  /**
   * A full name joins the one it misspells: the same first name and a surname that sounds the same.
   * Two one-word forms that are each a word of a longer name are not joined: "Steven" (Spielberg)
   * and "Stevens" (Thaddeus Stevens) are two people; a misspelt full name joins its full name here
   * and its parts follow.
   */
  static void joinSpellings(NameClusters clusters) {
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

  /**
   * Parts join their full name. A shorter full name joins the one longer name it ends ("Robert
   * Oppenheimer" → J. Robert Oppenheimer). A one-word form joins the full name it begins or ends;
   * when several fit (a family's surname), it joins the one mentioned most, if at least twice as
   * often as the next, and otherwise stays apart.
   */
  static void joinParts(NameClusters clusters) {
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

  /**
   * Joins the names that differ only in their order: "Choi Min-sik" and "Min-sik Choi", "Oh Dae-su"
   * and "Dae-su Oh". Korean, Chinese and Japanese names are written in both orders, often within
   * one review.
   */
  static void joinNameOrder(NameClusters clusters) {
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
  static boolean joinOneActorsCharacters(NameClusters clusters, Map<String, Evidence> evidence) {
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
  static String fullest(List<String> spellings) {
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

  static void joinAlsoCalled(String text, NameClusters clusters) {
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
  static Optional<String> joinTitle(Film film, NameClusters clusters) {
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
}
