package org.reviewlens.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reviewlens.corpus.Names;

/**
 * Name forms found in the reviews, joined into clusters that each stand for one person, by
 * union-find. A form is identified by its {@link Names#key}, so spellings that differ only in case,
 * accents, spaces or hyphens are one form from the start; each keeps its most frequent spelling.
 */
final class NameClusters {
  private final Map<String, String> parent = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
  private final Map<String, Integer> counts = new HashMap<>();

  /** Adds a form as written; returns its key. */
  String add(String written) {
    String key = Names.key(written);
    parent.putIfAbsent(key, key);
    spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(written, 1, Integer::sum);
    return key;
  }

  boolean known(String written) {
    return parent.containsKey(Names.key(written));
  }

  /** Forgets a form that is not a name after all. */
  void remove(String key) {
    if (parent.getOrDefault(key, "").equals(key)
        && parent.values().stream().filter(key::equals).count() == 1) {
      parent.remove(key);
      spellings.remove(key);
    }
  }

  /** The form keys, in order of first appearance. */
  List<String> keys() {
    return List.copyOf(parent.keySet());
  }

  /** The most frequent spelling of a form. */
  String spelling(String key) {
    return spellings.getOrDefault(key, Map.of(key, 1)).entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(key);
  }

  private final Map<String, Set<String>> reviews = new HashMap<>();

  /** Records an occurrence of a form in a review. */
  void count(String key, String reviewId) {
    counts.merge(key, 1, Integer::sum);
    reviews.computeIfAbsent(key, k -> new HashSet<>()).add(reviewId);
  }

  /** How many reviews name a cluster. */
  int clusterReviews(String root) {
    Set<String> all = new HashSet<>();
    members(root).forEach(k -> all.addAll(reviews.getOrDefault(k, Set.of())));
    return all.size();
  }

  int count(String key) {
    return counts.getOrDefault(key, 0);
  }

  /** The total occurrences of a cluster's forms. */
  int clusterCount(String root) {
    return members(root).stream().mapToInt(this::count).sum();
  }

  String root(String key) {
    String p = parent.get(key);
    if (p == null) {
      return key;
    }
    if (p.equals(key)) {
      return key;
    }
    String r = root(p);
    parent.put(key, r);
    return r;
  }

  /** The cluster of a written form, if the form is known. */
  Optional<String> clusterOf(String written) {
    String key = Names.key(written);
    return parent.containsKey(key) ? Optional.of(root(key)) : Optional.empty();
  }

  void union(String keyA, String keyB) {
    parent.putIfAbsent(keyA, keyA);
    parent.putIfAbsent(keyB, keyB);
    String a = root(keyA);
    String b = root(keyB);
    if (!a.equals(b)) {
      // The cluster with more words in its longest form stays the root, for stable names.
      parent.put(b, a);
    }
  }

  List<String> roots() {
    return parent.keySet().stream().map(this::root).distinct().toList();
  }

  /** The form keys of a cluster, in order of first appearance. */
  List<String> members(String root) {
    List<String> members = new ArrayList<>();
    for (String key : parent.keySet()) {
      if (root(key).equals(root)) {
        members.add(key);
      }
    }
    return members;
  }

  /** The spelling of each form of a cluster. */
  List<String> spellings(String root) {
    return members(root).stream().map(this::spelling).toList();
  }
}
