package org.reviewlens.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps the characters of a run without cast.csv to the gold characters: each discovered character
 * stands for the gold character whose mentions its own mentions overlap most. Two discovered
 * characters can map to one gold character (a split cluster); {@link #splits} lists them.
 */
public final class CharacterMapping {
  private final Map<String, String> goldOf;

  private CharacterMapping(Map<String, String> goldOf) {
    this.goldOf = goldOf;
  }

  /** The mapping that the overlaps between found and gold mentions give. */
  public static CharacterMapping between(List<LabelledMention> gold, List<LabelledMention> found) {
    Map<String, Map<String, Integer>> overlaps = new HashMap<>();
    for (LabelledMention f : found) {
      for (LabelledMention g : gold) {
        if (g.reviewId().equals(f.reviewId()) && g.overlaps(f)) {
          overlaps
              .computeIfAbsent(f.character(), k -> new TreeMap<>())
              .merge(g.character(), 1, Integer::sum);
        }
      }
    }
    Map<String, String> goldOf = new TreeMap<>();
    overlaps.forEach(
        (character, counts) ->
            counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .ifPresent(e -> goldOf.put(character, e.getKey())));
    return new CharacterMapping(goldOf);
  }

  /** The found mentions, each credited to the gold character its character maps to. */
  public List<LabelledMention> apply(List<LabelledMention> found) {
    return found.stream()
        .map(
            f ->
                new LabelledMention(
                    f.reviewId(),
                    f.charBegin(),
                    f.charEnd(),
                    f.surface(),
                    goldOf.getOrDefault(f.character(), f.character()),
                    f.kind()))
        .toList();
  }

  /** Discovered character → gold character. */
  public Map<String, String> pairs() {
    return Map.copyOf(goldOf);
  }

  /** Gold characters that more than one discovered character maps to. */
  public Map<String, List<String>> splits() {
    Map<String, List<String>> byGold = new TreeMap<>();
    goldOf.forEach(
        (found, gold) -> byGold.computeIfAbsent(gold, k -> new java.util.ArrayList<>()).add(found));
    byGold.values().removeIf(l -> l.size() < 2);
    return byGold;
  }
}
