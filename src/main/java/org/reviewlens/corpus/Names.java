package org.reviewlens.corpus;

import java.text.Normalizer;
import java.util.Map;

/**
 * How a reader compares names: case, accents and the space or hyphen inside a name do not matter.
 * Amélie = Amelie = AMÉLIE, and Spider-Man = Spiderman = Spider Man. Every rule that compares names
 * goes through this class.
 */
public final class Names {
  /**
   * Letters that carry their accent in the letter itself, so that Unicode cannot decompose them.
   */
  private static final Map<java.lang.Character, java.lang.Character> UNDECOMPOSABLE =
      Map.of('ø', 'o', 'Ø', 'o', 'ł', 'l', 'Ł', 'l', 'đ', 'd', 'Đ', 'd', 'ı', 'i');

  private Names() {}

  /**
   * The text in lower case without accents, character for character: the result has the same
   * length, so an offset in it is an offset in {@code text}. A combining mark written as its own
   * character is kept; matchers skip it.
   */
  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      folded.append(foldChar(text.charAt(i)));
    }
    return folded.toString();
  }

  /**
   * The key two spellings of one name share: folded, without combining marks, spaces, hyphens, dots
   * or invisible format characters. "Jean-Pierre Jeunet", "Jean Pierre Jeunet" and "JEAN-PIERRE
   * JEUNET" have one key, and so have Ani and Ani with a zero-width space inside.
   */
  public static String key(String name) {
    return fold(name).replaceAll("[\\p{M}\\s\\p{Pd}.\\p{Cf}]+", "");
  }

  /**
   * The text without its invisible format characters: an alias is matched as the review text is,
   * both without them ({@link MatchText}), or an alias holding a zero-width non-joiner (usual in
   * Persian and in some Indic spellings) would never match.
   */
  public static String withoutInvisible(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isInvisible(c)).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /**
   * Whether a character is an invisible format character (Unicode category Cf: a zero-width space
   * or joiner, a word joiner, a byte-order mark, a soft hyphen, ...), which name matching ignores.
   */
  public static boolean isInvisible(int codePoint) {
    return java.lang.Character.getType(codePoint) == java.lang.Character.FORMAT;
  }

  private static char foldChar(char c) {
    java.lang.Character plain = UNDECOMPOSABLE.get(c);
    if (plain != null) {
      return plain;
    }
    if (c < 0x80) {
      return java.lang.Character.toLowerCase(c);
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = decomposed.charAt(0);
    boolean onlyMarksFollow =
        decomposed
            .codePoints()
            .skip(1)
            .allMatch(
                cp -> java.lang.Character.getType(cp) == java.lang.Character.NON_SPACING_MARK);
    return java.lang.Character.toLowerCase(onlyMarksFollow ? base : c);
  }
}
