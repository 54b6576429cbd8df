package org.reviewlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;

/**
 * Credits a slightly misspelt cast name to its owner: a capitalised word one edit (insertion,
 * deletion, substitution or swap of neighbours) away from a single-word alias of five letters or
 * more ("Vania" for Vanya, "Madisson" for Madison). Shorter names are left alone because one edit
 * turns them into other words too easily ("Ivan", "Iran").
 */
final class SpellingVariants {
  private static final int MIN_LENGTH = 5;
  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{L}{3,}(?![\\p{L}\\p{N}])");

  private record Word(String word, String owner, NameSpan.Role role) {}

  private final List<Word> words = new ArrayList<>();

  SpellingVariants(Cast cast) {
    for (Character c : cast.characters()) {
      c.aliases().forEach(a -> addWords(a, c.name(), NameSpan.Role.CHARACTER));
      c.actorAliases().forEach(a -> addWords(a, c.name(), NameSpan.Role.ACTOR));
    }
  }

  /**
   * Variant spans in text, outside the spans already found.
   *
   * @param isProperName whether CoreNLP reads the span [begin, end) as a person-like proper noun
   */
  List<NameSpan> find(String text, List<NameSpan> known, BiPredicate<Integer, Integer> isProperName) {
    List<NameSpan> found = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      int begin = m.start();
      int end = m.end();
      boolean overlaps = known.stream().anyMatch(s -> s.begin() < end && begin < s.end());
      if (overlaps || !isProperName.test(begin, end)) {
        continue;
      }
      closest(m.group()).ifPresent(w -> found.add(new NameSpan(begin, end, w.owner(), w.role(), w.word(), w.word())));
    }
    return found;
  }

  private Optional<Word> closest(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    List<Word> hits = words.stream().filter(w -> oneEditApart(lower, w.word().toLowerCase(Locale.ROOT))).toList();
    return hits.stream().map(Word::owner).distinct().count() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
  }

  private void addWords(String alias, String owner, NameSpan.Role role) {
    for (String word : alias.split("\\s+")) {
      if (word.length() >= MIN_LENGTH) {
        words.add(new Word(word, owner, role));
      }
    }
  }

  /** True when a and b differ by exactly one insertion, deletion, substitution or adjacent swap. */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    if (a.length() == b.length()) {
      List<Integer> diffs = new ArrayList<>();
      for (int i = 0; i < a.length() && diffs.size() <= 2; i++) {
        if (a.charAt(i) != b.charAt(i)) {
          diffs.add(i);
        }
      }
      if (diffs.size() == 1) {
        return true;
      }
      int i = diffs.get(0);
      return diffs.size() == 2
          && diffs.get(1) == i + 1
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i);
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return shorter.substring(i).equals(longer.substring(i + 1));
  }
}
