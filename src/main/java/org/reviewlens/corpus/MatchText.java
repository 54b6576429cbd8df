package org.reviewlens.corpus;

/**
 * A text as the name matchers read it: folded as {@link Names#fold} does, and without the invisible
 * format characters (Unicode category Cf: zero-width space, joiner and non-joiner, word joiner, a
 * byte-order mark inside the text, soft hyphen) that text pasted from the web hides inside words,
 * where they would keep a name from matching its alias.
 *
 * <p>The characters are left out of this copy only, never out of the review's text: a match here
 * maps back to offsets in the text as written, because every count traces back to the text through
 * them. A match's offsets leave out the invisible characters around it and keep those inside.
 */
public final class MatchText {
  private final String text;

  /** The offset in the original text of each character of {@link #text}. */
  private final int[] origins;

  private MatchText(String text, int[] origins) {
    this.text = text;
    this.origins = origins;
  }

  /** The text to match names in. */
  public static MatchText of(String original) {
    String folded = Names.fold(original);
    StringBuilder kept = new StringBuilder(original.length());
    int[] origins = new int[original.length()];
    for (int i = 0; i < original.length(); ) {
      int codePoint = original.codePointAt(i);
      int next = i + java.lang.Character.charCount(codePoint);
      for (int k = i; k < next && !Names.isInvisible(codePoint); k++) {
        origins[kept.length()] = k;
        kept.append(folded.charAt(k));
      }
      i = next;
    }
    return new MatchText(kept.toString(), origins);
  }

  /** The folded text without its invisible format characters. */
  public String text() {
    return text;
  }

  /** The offset in the original text where a match starting at {@code start} begins. */
  public int begin(int start) {
    return start < text.length() ? origins[start] : origins.length;
  }

  /** The offset in the original text where a match ending at {@code end} (exclusive) ends. */
  public int end(int end) {
    return end == 0 ? 0 : origins[end - 1] + 1;
  }
}
