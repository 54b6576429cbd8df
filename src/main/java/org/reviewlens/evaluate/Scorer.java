package org.reviewlens.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.reviewlens.extract.MentionKind;

/**
 * Compares the mentions a run found with a gold file, in the manner of OpenNLP's evaluators.
 *
 * <p>A found mention matches a gold one of the same review, character and kind whose span overlaps
 * it; each gold mention matches at most one found mention, taken in text order. Only the kinds the
 * gold file holds are scored, and only the reviews it names: a gold file that labels no pronouns
 * says nothing about them.
 */
public final class Scorer {
  private Scorer() {}

  /** The result of comparing one film's run with its gold file. */
  public record Result(
      String film,
      Set<MentionKind> kinds,
      Map<String, Map<MentionKind, Tally>> byReview,
      List<LabelledMention> misses,
      List<LabelledMention> extras) {

    /** The tallies of all reviews added together, per kind. */
    public Map<MentionKind, Tally> total() {
      Map<MentionKind, Tally> total = new TreeMap<>();
      byReview.values().forEach(m -> m.forEach((k, t) -> total.merge(k, t, Tally::plus)));
      return total;
    }
  }

  /** Scores the mentions {@code found} against {@code gold}. */
  public static Result score(String film, List<LabelledMention> gold, List<LabelledMention> found) {
    Set<MentionKind> kinds = EnumSet.noneOf(MentionKind.class);
    gold.forEach(g -> kinds.add(g.kind()));
    Set<String> reviews =
        gold.stream().map(LabelledMention::reviewId).collect(Collectors.toCollection(TreeSet::new));
    List<LabelledMention> scored =
        found.stream()
            .filter(f -> kinds.contains(f.kind()) && reviews.contains(f.reviewId()))
            .toList();

    Map<String, Map<MentionKind, Tally>> byReview = new TreeMap<>();
    List<LabelledMention> misses = new ArrayList<>();
    List<LabelledMention> extras = new ArrayList<>();
    for (String review : reviews) {
      Map<MentionKind, Tally> tallies = new TreeMap<>();
      for (MentionKind kind : kinds) {
        List<LabelledMention> g = select(gold, review, kind);
        List<LabelledMention> f = select(scored, review, kind);
        List<LabelledMention> unmatched = new ArrayList<>(g);
        int matched = 0;
        for (LabelledMention m : f) {
          LabelledMention partner =
              unmatched.stream()
                  .filter(u -> u.character().equals(m.character()) && u.overlaps(m))
                  .findFirst()
                  .orElse(null);
          if (partner == null) {
            extras.add(m);
          } else {
            unmatched.remove(partner);
            matched++;
          }
        }
        misses.addAll(unmatched);
        tallies.put(kind, new Tally(g.size(), f.size(), matched, countDifference(g, f)));
      }
      byReview.put(review, tallies);
    }
    Comparator<LabelledMention> order =
        Comparator.comparing(LabelledMention::reviewId)
            .thenComparingInt(LabelledMention::charBegin);
    misses.sort(order);
    extras.sort(order);
    return new Result(film, kinds, byReview, misses, extras);
  }

  private static List<LabelledMention> select(
      List<LabelledMention> mentions, String review, MentionKind kind) {
    return mentions.stream()
        .filter(m -> m.reviewId().equals(review) && m.kind() == kind)
        .sorted(Comparator.comparingInt(LabelledMention::charBegin))
        .toList();
  }

  /** Σ over characters of |found − gold|. */
  private static int countDifference(List<LabelledMention> gold, List<LabelledMention> found) {
    Map<String, Integer> difference = new TreeMap<>();
    gold.forEach(g -> difference.merge(g.character(), 1, Integer::sum));
    found.forEach(f -> difference.merge(f.character(), -1, Integer::sum));
    return difference.values().stream().mapToInt(Math::abs).sum();
  }
}
