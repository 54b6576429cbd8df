package org.reviewlens.extract.title;

import java.util.List;
import java.util.Optional;
import org.reviewlens.annotate.CorefChain;
import org.reviewlens.extract.DependencyParse;
import org.reviewlens.extract.NameSpan;

/**
 * One bare occurrence of the film's title that is also a character's name, with everything the cues
 * of {@link TitleCue} read around it.
 *
 * @param text the review text
 * @param span the occurrence
 * @param spans every name span of the review, in text order
 * @param parse the review's dependency parse
 * @param head the token that heads the occurrence in the parse, when the sentence was parsed
 * @param chains the review's coreference chains
 * @param titleCharacter the character the title names
 * @param directorAliases how reviewers name the director
 * @param style how this reviewer writes names, for the typography cues
 */
record TitleOccurrence(
    String text,
    NameSpan span,
    List<NameSpan> spans,
    DependencyParse parse,
    Optional<Integer> head,
    List<CorefChain> chains,
    String titleCharacter,
    List<String> directorAliases,
    NameStyle style) {

  /**
   * How a reviewer writes character names other than the title: if they quote them or write them in
   * capitals too, quotes and capitals say nothing about the title.
   */
  record NameStyle(boolean quotesNames, boolean capitalisesNames) {}

  String surface() {
    return text.substring(span.begin(), span.end());
  }

  /** Up to {@code width} characters before the occurrence. */
  String before(int width) {
    return text.substring(Math.max(0, span.begin() - width), span.begin());
  }

  /** Up to {@code width} characters after the occurrence. */
  String after(int width) {
    return text.substring(span.end(), Math.min(text.length(), span.end() + width));
  }

  /**
   * The word the occurrence depends on with this relation (subtype ignored): for "nsubj", the verb
   * or predicate it is the subject of.
   */
  Optional<Integer> governorAs(String relation) {
    return head.filter(h -> parse.relation(h).equals(relation)).flatMap(parse::head);
  }

  /** The line of text that holds the occurrence. */
  String line() {
    int start = text.lastIndexOf('\n', span.begin() - 1) + 1;
    int end = text.indexOf('\n', span.end());
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** The name spans just before and just after this one, if any. */
  Optional<NameSpan> previous() {
    int i = spans.indexOf(span);
    return i > 0 ? Optional.of(spans.get(i - 1)) : Optional.empty();
  }

  Optional<NameSpan> next() {
    int i = spans.indexOf(span);
    return i >= 0 && i + 1 < spans.size() ? Optional.of(spans.get(i + 1)) : Optional.empty();
  }

  /**
   * Whether a name span is another character's name (not the title's character, not a real person).
   */
  boolean isOtherCharacter(NameSpan other) {
    return other.isCharacter() && !other.owner().equals(titleCharacter);
  }

  /** Whether a name span is the title character's actor. */
  boolean isTitleActor(NameSpan other) {
    return other.role() == NameSpan.Role.ACTOR && other.owner().equals(titleCharacter);
  }
}
