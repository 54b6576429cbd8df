package org.reviewlens.extract.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.NameSpan;

/**
 * Credits misspelt cast and actor names to their owner, the way a reader does. A candidate is a
 * capitalised word that CoreNLP reads as a person-like proper noun and that no cast name covers.
 *
 * <ul>
 *   <li><b>One edit.</b> A word one edit (insertion, deletion, substitution or swap of neighbours)
 *       away from a one-word part of a name of five letters or more: "Vania" for Vanya. Shorter
 *       names are left alone, since one edit turns them into other words ("Ivan", "Iran").
 *   <li><b>Anchored on the rest of the name.</b> A word beside another part of a multi-word name,
 *       written as that name writes it, that sounds like the missing part: "Mark Eidelstein" for
 *       Mark Eydelshteyn, "Anna Tschaikowsky" for Anna Tchaikovsky. It sounds alike when its
 *       Beider–Morse codes (made for transliterated surnames) share one with the part's, or their
 *       Double Metaphone codes are equal; and it is at most two edits, or a third of its length,
 *       away.
 *   <li><b>Romanised alike.</b> A word of three letters or more that romanises the same sounds as a
 *       part of a name in another way ({@link Romanisation}, the equivalences of romanisation.txt):
 *       "Gihun" for Ki-hoon, "Nei Nei" for Nai Nai, "Raam" for Ram.
 *   <li><b>Learned in the review.</b> Once a review has written a misspelling beside the rest of
 *       the name, the same spelling alone elsewhere in that review is credited too.
 * </ul>
 *
 * A word two owners could claim is credited to neither. The alias matched is kept in {@code
 * variantOf}.
 */
public final class SpellingVariants {
  private static final int MIN_LENGTH = 5;
  private static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{L}{2,}(?![\\p{L}\\p{N}])");
  private static final Pattern SPACE = Pattern.compile("[ \\t\\u00A0]+");

  /** One word of a cast name, with the words written before and after it in that name. */
  private record Part(String word, String before, String after, String owner, NameSpan.Role role) {}

  private final List<Part> parts = new ArrayList<>();
  private final BeiderMorseEncoder beiderMorse = new BeiderMorseEncoder();
  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private final Map<String, Set<String>> beiderMorseCache = new HashMap<>();

  public SpellingVariants(Cast cast) {
    beiderMorse.setNameType(NameType.GENERIC);
    beiderMorse.setRuleType(RuleType.APPROX);
    beiderMorse.setConcat(true);
    for (Cast.Alias a : cast.aliases()) {
      addParts(a.text(), a.character(), a.actor() ? NameSpan.Role.ACTOR : NameSpan.Role.CHARACTER);
    }
  }

  /**
   * Variant spans in text, outside the spans already found.
   *
   * @param isProperName whether CoreNLP reads the span [begin, end) as a person-like proper noun
   */
  public List<NameSpan> find(
      String text, List<NameSpan> known, BiPredicate<Integer, Integer> isProperName) {
    List<int[]> candidates = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      int begin = m.start();
      int end = m.end();
      boolean overlaps = known.stream().anyMatch(s -> s.begin() < end && begin < s.end());
      if (!overlaps && isProperName.test(begin, end)) {
        candidates.add(new int[] {begin, end});
      }
    }
    Map<String, Part> learned = new HashMap<>();
    Map<Integer, NameSpan> found = new HashMap<>();
    for (int[] c : candidates) {
      String word = text.substring(c[0], c[1]);
      Optional<Part> part = anchored(text, c[0], c[1]);
      part.ifPresent(p -> learned.put(Names.key(word), p));
      part.or(() -> oneEditAway(word))
          .or(() -> romanisedAlike(word))
          .ifPresent(
              p ->
                  found.put(
                      c[0],
                      new NameSpan(
                          c[0],
                          throughNextPart(text, c[1], p, known),
                          p.owner(),
                          p.role(),
                          p.word(),
                          p.word())));
    }
    for (int[] c : candidates) {
      Part p = learned.get(Names.key(text.substring(c[0], c[1])));
      if (p != null && !found.containsKey(c[0])) {
        found.put(c[0], new NameSpan(c[0], c[1], p.owner(), p.role(), p.word(), p.word()));
      }
    }
    return found.values().stream()
        .sorted(java.util.Comparator.comparingInt(NameSpan::begin))
        .toList();
  }

  /**
   * Where a variant ends: past the next word when that word is the next part of the name, as
   * written in the cast list ("Sri Vallabh" for Shri Vallabh Vyas), so that the whole name stays
   * one mention.
   */
  private static int throughNextPart(String text, int end, Part p, List<NameSpan> known) {
    if (p.after().isEmpty()) {
      return end;
    }
    Matcher m =
        Pattern.compile("^[ \\t\\u00A0]+(\\p{L}[\\p{L}.-]*)")
            .matcher(text.substring(end, Math.min(text.length(), end + 40)));
    if (!m.find() || !Names.key(m.group(1)).equals(Names.key(p.after()))) {
      return end;
    }
    int through = end + m.end();
    boolean free = known.stream().noneMatch(s -> s.begin() < through && end < s.end());
    return free ? through : end;
  }

  /**
   * The part the word misspells, anchored on the name's neighbouring word written right beside it.
   */
  private Optional<Part> anchored(String text, int begin, int end) {
    String previous = neighbour(text, begin, -1);
    String next = neighbour(text, end, +1);
    String word = text.substring(begin, end);
    return unique(
        parts.stream()
            .filter(
                p ->
                    (!p.before().isEmpty() && Names.key(p.before()).equals(Names.key(previous)))
                        || (!p.after().isEmpty() && Names.key(p.after()).equals(Names.key(next))))
            .filter(p -> !Names.key(p.word()).equals(Names.key(word)) && soundsLike(word, p.word()))
            .toList());
  }

  private Optional<Part> oneEditAway(String word) {
    String key = Names.key(word);
    return unique(
        parts.stream()
            .filter(
                p -> p.word().length() >= MIN_LENGTH && editDistance(key, Names.key(p.word())) == 1)
            .toList());
  }

  /**
   * The part the word romanises in another way. A short word may differ by one letter only: two
   * equivalences at once turn one short name into another ("Pei" and "Bai").
   */
  private Optional<Part> romanisedAlike(String word) {
    String key = Romanisation.key(word);
    String written = Names.key(word);
    return unique(
        parts.stream()
            .filter(
                p -> {
                  String part = Names.key(p.word());
                  int longest = Math.max(part.length(), written.length());
                  return !part.equals(written)
                      && Romanisation.key(p.word()).equals(key)
                      && editDistance(part, written) <= (longest <= 4 ? 1 : longest / 2);
                })
            .toList());
  }

  private static Optional<Part> unique(List<Part> hits) {
    Set<String> owners = new HashSet<>();
    hits.forEach(h -> owners.add(h.owner()));
    return owners.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
  }

  /** Whether a written word sounds like a name part and is spelt close enough to it. */
  public boolean soundsLike(String written, String part) {
    String a = Names.key(written);
    String b = Names.key(part);
    if (Math.min(a.length(), b.length()) < 3
        || editDistance(a, b) > Math.max(2, Math.max(a.length(), b.length()) / 3)) {
      return false;
    }
    if (metaphone.isDoubleMetaphoneEqual(a, b) || metaphone.isDoubleMetaphoneEqual(a, b, true)) {
      return true;
    }
    Set<String> codes = beiderMorseCodes(a);
    return beiderMorseCodes(b).stream().anyMatch(codes::contains);
  }

  /** Beider–Morse takes milliseconds a word, so each word is encoded once. */
  private Set<String> beiderMorseCodes(String word) {
    return beiderMorseCache.computeIfAbsent(
        word,
        w -> {
          try {
            return Set.copyOf(List.of(beiderMorse.encode(w).split("\\|")));
          } catch (org.apache.commons.codec.EncoderException e) {
            return Set.of();
          }
        });
  }

  /** The word right before (direction -1) or after (+1) an offset, across spaces only. */
  private static String neighbour(String text, int offset, int direction) {
    if (direction < 0) {
      Matcher m =
          Pattern.compile("(\\p{L}[\\p{L}.'’-]*)[ \\t\\u00A0]+$")
              .matcher(text.substring(Math.max(0, offset - 40), offset));
      return m.find() ? m.group(1) : "";
    }
    Matcher m =
        Pattern.compile("^[ \\t\\u00A0]+(\\p{L}[\\p{L}.-]*)")
            .matcher(text.substring(offset, Math.min(text.length(), offset + 40)));
    return m.find() ? m.group(1) : "";
  }

  private void addParts(String alias, String owner, NameSpan.Role role) {
    String[] words = SPACE.split(alias.strip());
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() >= 3) {
        parts.add(
            new Part(
                words[i],
                i > 0 ? words[i - 1] : "",
                i + 1 < words.length ? words[i + 1] : "",
                owner,
                role));
      }
    }
  }

  /**
   * The optimal string alignment distance: insertions, deletions, substitutions and swaps of
   * neighbours.
   */
  public static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
