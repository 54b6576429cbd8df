package org.reviewlens.extract.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reviewlens.corpus.WordList;

/**
 * The shared building blocks of cast discovery's names: the regex of a capitalised word and of a
 * name of up to four such words, the words that open a captured name without being part of it, and
 * the reading of a written name into its clean form and its words.
 */
final class NamePatterns {
  private NamePatterns() {}

  static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
  static final String NAME = "(" + WORD + "(?:[ \\t]+" + WORD + "){0,3})";

  /** Words that open a captured name without being part of it ("In", "Director"). */
  private static final Set<String> NOT_NAME_WORDS =
      Set.copyOf(WordList.lines(NamePatterns.class, "not-name-words.txt"));

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

  /** The words of a name, without a generational suffix: "Robert Downey Jr." ends with Downey. */
  static String[] words(String name) {
    String[] w = name.strip().split("\\s+");
    if (w.length > 1 && w[w.length - 1].matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) {
      return Arrays.copyOf(w, w.length - 1);
    }
    return w;
  }
}
