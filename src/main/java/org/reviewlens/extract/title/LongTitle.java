package org.reviewlens.extract.title;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Character;
import org.reviewlens.corpus.MatchText;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.NameSpan;

/**
 * A title that holds a character's name among other words ("Pan's Labyrinth", "Ferris Bueller's Day
 * Off", "Kramer vs. Kramer", "Thelma & Louise"). Written whole, such a title names the film: the
 * character names inside it are {@code film_title} mentions, not names. Only a title that is no
 * character's alias is read this way; a title that is a name ("Amélie") is the {@link
 * TitleDisambiguator}'s.
 *
 * <p>The title is matched folded as names are, with any punctuation or spacing between its words
 * ("Pan’s", "Pans"), "&amp;" for "and" and "v." for "vs." alike.
 */
public final class LongTitle {
  /** Words that join a title's names and are written in several ways, or left out. */
  private static final Set<String> JOINERS = Set.of("and", "vs", "v", "versus");

  private static final int MIN_FUZZY = 8;

  private static final String BETWEEN = "(?:[^\\p{L}\\p{N}]|and|vs|versus|v){0,12}?";

  private final Pattern pattern;

  private LongTitle(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The reading of {@code title}, or none when the title is a character's alias or one word. */
  public static Optional<LongTitle> of(String title, boolean isAnAlias) {
    List<String> words =
        Arrays.stream(Names.fold(Names.withoutInvisible(title)).split("[^\\p{L}\\p{N}]+"))
            .filter(w -> !w.isEmpty() && !JOINERS.contains(w))
            .toList();
    if (isAnAlias || words.size() < 2) {
      return Optional.empty();
    }
    String body = words.stream().map(LongTitle::word).collect(Collectors.joining(BETWEEN));
    return Optional.of(
        new LongTitle(Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])")));
  }

  /**
   * One word of the title, as a pattern: a word of eight letters or more may be written with one
   * letter wrong ("Kamigakushi" for Kamikakushi), since the whole title around it must match.
   */
  private static String word(String w) {
    if (w.length() < MIN_FUZZY) {
      return Pattern.quote(w);
    }
    List<String> forms = new ArrayList<>(List.of(Pattern.quote(w)));
    for (int i = 0; i < w.length(); i++) {
      forms.add(Pattern.quote(w.substring(0, i)) + "\\p{L}" + Pattern.quote(w.substring(i + 1)));
    }
    return "(?:" + String.join("|", forms) + ")";
  }

  /** The spans, in the original text, where the whole title is written. */
  public List<int[]> occurrences(String text) {
    MatchText folded = MatchText.of(text);
    List<int[]> spans = new ArrayList<>();
    Matcher m = pattern.matcher(folded.text());
    while (m.find()) {
      spans.add(new int[] {folded.begin(m.start()), folded.end(m.end())});
    }
    return spans;
  }

  /** Whether {@code span} lies inside one of {@code occurrences}. */
  public static boolean inside(NameSpan span, List<int[]> occurrences) {
    return occurrences.stream().anyMatch(o -> o[0] <= span.begin() && span.end() <= o[1]);
  }

  /**
   * A whole title that writes one name twice names two characters who share it: its k-th appearance
   * is the k-th character, in cast order, one of whose names is or ends with it. In "Kramer vs.
   * Kramer" the first Kramer is Ted Kramer, the second Joanna Kramer.
   *
   * @param spans every name span of the review, in text order
   * @param occurrences where the whole title is written
   */
  public static List<NameSpan> creditRepeatedNames(
      String text, List<NameSpan> spans, List<int[]> occurrences, Cast cast) {
    List<NameSpan> credited = new ArrayList<>(spans);
    for (int[] o : occurrences) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < credited.size(); i++) {
        NameSpan s = credited.get(i);
        if (!s.isCharacter() || s.begin() < o[0] || s.end() > o[1]) {
          continue;
        }
        String key = Names.key(text.substring(s.begin(), s.end()));
        int k = seen.merge(key, 1, Integer::sum) - 1;
        List<String> bearers = bearersOf(key, cast);
        if (k > 0 && k < bearers.size()) {
          credited.set(
              i,
              new NameSpan(s.begin(), s.end(), bearers.get(k), s.role(), s.alias(), s.variantOf()));
        }
      }
    }
    return credited;
  }

  /** The characters, in cast order, one of whose names is or ends with the word. */
  private static List<String> bearersOf(String key, Cast cast) {
    List<String> bearers = new ArrayList<>();
    for (Character c : cast.characters()) {
      boolean bears =
          c.aliases().stream()
              .map(a -> a.split("\\s+"))
              .anyMatch(w -> Names.key(w[w.length - 1]).equals(key));
      if (bears) {
        bearers.add(c.name());
      }
    }
    return bearers;
  }
}
