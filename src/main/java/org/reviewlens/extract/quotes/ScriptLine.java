package org.reviewlens.extract.quotes;

/**
 * A script-style dialogue line such as {@code Ani: So you wanna get married to me, vanya?}.
 *
 * @param labelBegin offset of the speaker's name
 * @param labelEnd offset just past the speaker's name
 * @param textBegin offset of the spoken text, after the colon
 * @param lineEnd offset of the end of the line
 * @param speaker the cast character who speaks
 */
public record ScriptLine(int labelBegin, int labelEnd, int textBegin, int lineEnd, String speaker) {

  /** Whether the span [begin, end) lies on this line. */
  public boolean covers(int begin, int end) {
    return begin >= labelBegin && end <= lineEnd;
  }
}
