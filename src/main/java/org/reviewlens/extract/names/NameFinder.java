package org.reviewlens.extract.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewlens.corpus.Cast;
import org.reviewlens.corpus.Film;
import org.reviewlens.corpus.MatchText;
import org.reviewlens.corpus.Names;
import org.reviewlens.extract.NameSpan;

/**
 * Finds every cast alias, actor alias and director alias in a text, comparing names as {@link
 * Names} does: ignoring case, accents, a space or hyphen inside a name, and invisible format
 * characters (a zero-width space, a soft hyphen, ...).
 *
 * <p>Longer aliases win ("Ivan Zakharov" is one span, not two), and a character's names that touch,
 * separated only by spaces or quotation marks, form one span: Anora “Ani” Mikheeva is one mention.
 * An all-lower-case match after an article ("a diamond") is a common noun and is skipped.
 */
public final class NameFinder {
  private static final Pattern ARTICLE_BEFORE =
      Pattern.compile("\\b(?:a|an|the|this|that|these|those|my|your|our|their)\\s+$");
  private static final Pattern JOINER = Pattern.compile("[ \\t\\u00A0“”\"‘’'«»]{1,3}");

  private final Map<String, NameSpan> byAlias = new HashMap<>();
  private final Pattern pattern;

  public NameFinder(Cast cast, Film film) {
    for (Cast.Alias a : cast.aliases()) {
      register(a.text(), a.character(), a.actor() ? NameSpan.Role.ACTOR : NameSpan.Role.CHARACTER);
    }
    film.directorAliases().forEach(a -> register(a, film.director(), NameSpan.Role.DIRECTOR));
    String alternatives =
        byAlias.values().stream()
            .map(NameSpan::alias)
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(a -> a))
            .map(NameFinder::aliasRegex)
            .collect(Collectors.joining("|"));
    pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /**
   * The spans in text order, with touching names of one character merged.
   *
   * <p>The aliases are matched in the text, not in CoreNLP's tokens, with the invisible format
   * characters left out ({@link MatchText}), so "Ani" with a zero-width space after the A is found
   * and its span, mapped back, covers the text as written. That CoreNLP splits such a word into two
   * tokens at a zero-width space or a byte-order mark does not matter here: a span may cover
   * several tokens, as "Ivan Zakharov" does.
   */
  public List<NameSpan> find(String text) {
    List<NameSpan> spans = new ArrayList<>();
    MatchText folded = MatchText.of(text);
    Matcher m = pattern.matcher(folded.text());
    while (m.find()) {
      int begin = folded.begin(m.start());
      int end = folded.end(m.end());
      String written = text.substring(begin, end);
      if (written.equals(written.toLowerCase(Locale.ROOT))
          && ARTICLE_BEFORE.matcher(text.substring(Math.max(0, begin - 8), begin)).find()) {
        continue;
      }
      NameSpan known = byAlias.get(Names.key(written));
      if (known != null) {
        spans.add(new NameSpan(begin, end, known.owner(), known.role(), known.alias(), ""));
      }
    }
    return mergeTouching(text, spans);
  }

  public static List<NameSpan> mergeTouching(String text, List<NameSpan> spans) {
    List<NameSpan> merged = new ArrayList<>();
    for (NameSpan span : spans) {
      NameSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null
          && last.role() != NameSpan.Role.DIRECTOR
          && last.role() == span.role()
          && last.owner().equals(span.owner())
          && JOINER.matcher(text.substring(last.end(), span.begin())).matches()) {
        merged.set(merged.size() - 1, last.joinedWith(span));
      } else {
        merged.add(span);
      }
    }
    merged.replaceAll(span -> closeQuotedNickname(text, span));
    return merged;
  }

  /**
   * A span that ends on a quoted nickname ("Anora “Ani”") takes in the closing quotation mark, so
   * the surface never holds an unbalanced quote.
   */
  private static NameSpan closeQuotedNickname(String text, NameSpan span) {
    String surface = text.substring(span.begin(), span.end());
    long opened = surface.chars().filter(c -> c == '“' || c == '‘').count();
    long closed = surface.chars().filter(c -> c == '”' || c == '’').count();
    boolean straightOpen = surface.chars().filter(c -> c == '"').count() % 2 == 1;
    if (span.end() < text.length()) {
      char next = text.charAt(span.end());
      if ((opened > closed && (next == '”' || next == '’')) || (straightOpen && next == '"')) {
        return span.withEnd(span.end() + 1);
      }
    }
    return span;
  }

  private void register(String alias, String owner, NameSpan.Role role) {
    byAlias.putIfAbsent(Names.key(alias), new NameSpan(0, 0, owner, role, alias, ""));
  }

  /**
   * The folded alias, its parts joined by any space, by a hyphen, or by nothing: "Spider-Man"
   * matches Spider Man, Spider-Man and Spiderman. Within a part, a hyphen may stand between any two
   * letters: romanised given names are written with and without one ("Jongsu", "Jong-su", "Jong‑Su"
   * with a non-breaking hyphen), and the cast list gives one spelling only.
   */
  public static String aliasRegex(String alias) {
    return Arrays.stream(Names.fold(Names.withoutInvisible(alias).strip()).split("[\\s\\p{Pd}]+"))
        .map(NameFinder::partRegex)
        .collect(Collectors.joining("(?:\\s*\\p{Pd}\\s*|\\s+)?"));
  }

  /** One part of an alias, with an optional hyphen between two letters. */
  private static String partRegex(String part) {
    StringBuilder regex = new StringBuilder();
    int[] codePoints = part.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      if (i > 0
          && java.lang.Character.isLetter(codePoints[i - 1])
          && java.lang.Character.isLetter(codePoints[i])) {
        regex.append("\\p{Pd}?");
      }
      regex.append(Pattern.quote(new String(codePoints, i, 1)));
    }
    return regex.toString();
  }
}
