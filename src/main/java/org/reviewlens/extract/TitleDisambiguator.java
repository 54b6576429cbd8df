package org.reviewlens.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether the film's title, where it is also a character's name ("Anora"), names the film
 * or the character, from general cues around each occurrence.
 *
 * <p>First, cues that it is the character: an actor credited in parentheses after it ("Anora
 * (Mikey Madison)"), another of the character's names in apposition ("Anora, or Ani"),
 * coordination with another character ("Igor and Anora"), a role noun before it ("dancer Anora")
 * or a verb of meeting ("we meet Anora"). Then cues that it is the film: quotation marks around it
 * (an on-screen title), the director's possessive ("Sean Baker’s Anora"), a film noun in
 * apposition ("his latest film, Anora"), a verb of watching or judging before it ("I really liked
 * Anora"), a part of a film before "of" ("the first scenes of Anora"), a copula and a film noun
 * after it ("Anora is not an easy film"), a verb films do after it ("as Anora progresses"), or
 * "its" close behind it.
 *
 * <p>With no cue, the review's own habit decides: a reviewer who calls the character by another
 * name at least as often as they write the title means the film by the bare title; one who calls
 * her mainly by the title means her.
 */
final class TitleDisambiguator {
  private static final int WINDOW = 60;
  private static final String OPEN_QUOTE = "[“\"‘'«]";
  private static final String CLOSE_QUOTE = "[”\"’'»]";

  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "\\b(?:dancer|stripper|woman|girl|heroine|protagonist|character|wife|bride|worker|escort|meet|meets|met|marry|marries|married)\\s+$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED_BEFORE = Pattern.compile(OPEN_QUOTE + "$");
  private static final Pattern QUOTED_AFTER = Pattern.compile("^" + CLOSE_QUOTE);
  private static final String FILM_NOUN = "\\b(?:film|movie|picture|feature|title)";
  private static final Pattern FILM_NOUN_BEFORE =
      Pattern.compile(FILM_NOUN + "\\s+$", Pattern.CASE_INSENSITIVE);
  /** "his latest film, Anora, ...": the comma after closes the apposition. */
  private static final Pattern FILM_NOUN_COMMA_BEFORE =
      Pattern.compile(FILM_NOUN + "\\s*,\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMA_AFTER = Pattern.compile("^\\s*,");
  private static final Pattern VIEWING_VERB_BEFORE =
      Pattern.compile(
          "\\b(?:watch|watched|watching|rewatch|rewatched|rewatching|see|saw|seen|seeing|liked|loved|enjoyed|hated|disliked|admired|reviews?|reviewed|reviewing)\\s+$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FILM_PART_OF_BEFORE =
      Pattern.compile(
          "\\b(?:scenes?|spoilers?|language|heart|ending|opening|beginning|minutes|runtime|score|soundtrack|cinematography|screenplay|script|editing|trailer|premiere|release|sequel|remake|director|making|style|structure|pacing|tone)\\s+of\\s+$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FILM_COPULA_AFTER =
      Pattern.compile(
          "^\\s+(?:is|was|isn['’]t|wasn['’]t|remains|becomes|feels\\s+like)\\s+(?:not\\s+)?(?:(?:a|an|the|such\\s+a)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:film|movie|picture|masterpiece|drama|comedy|tragedy|tragicomedy|romcom|rom-com|thriller|work\\s+of\\s+art)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FILM_VERB_AFTER =
      Pattern.compile(
          "^\\s+(?:progresses|unfolds|transitions|opens|begins|ends|closes|runs|premiered|premieres|transcends|resembles|falls\\s+into|shifts|won|wins|earned|grossed|plays\\s+out)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ITS_AFTER =
      Pattern.compile("^(?:\\s+[\\p{L}’']+){0,3}?\\s+its\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern APPOSITION_JOIN = Pattern.compile("^\\s*(?:,\\s*(?:or|aka|a\\.k\\.a\\.)\\s+|\\(\\s*)$");
  private static final Pattern COORDINATION_JOIN = Pattern.compile("^\\s*(?:,|and|&|,\\s*and)\\s*$");
  private static final Pattern CREDIT_OPEN = Pattern.compile("^\\s*\\($");

  private final String titleCharacter;
  private final List<String> directorPossessives;

  /**
   * @param titleCharacter the character who shares the title's name
   * @param directorAliases how reviewers name the director
   */
  TitleDisambiguator(String titleCharacter, List<String> directorAliases) {
    this.titleCharacter = titleCharacter;
    this.directorPossessives = directorAliases;
  }

  /**
   * Whether the title occurrence {@code span} names the film.
   *
   * @param spans every name span of the review, in text order
   * @param filmByDefault what an occurrence with no cue means in this review
   */
  boolean namesFilm(String text, NameSpan span, List<NameSpan> spans, boolean filmByDefault) {
    String before = text.substring(Math.max(0, span.begin() - WINDOW), span.begin());
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + WINDOW));
    if (looksLikeCharacter(text, span, spans, before)) {
      return false;
    }
    if (looksLikeFilm(before, after)) {
      return true;
    }
    return filmByDefault;
  }

  private boolean looksLikeCharacter(String text, NameSpan span, List<NameSpan> spans, String before) {
    if (ROLE_BEFORE.matcher(before).find()) {
      return true;
    }
    int i = spans.indexOf(span);
    NameSpan next = i + 1 < spans.size() ? spans.get(i + 1) : null;
    NameSpan previous = i > 0 ? spans.get(i - 1) : null;
    if (next != null) {
      String gap = text.substring(span.end(), next.begin());
      boolean sameCharacter = next.isCharacter() && next.owner().equals(titleCharacter);
      if (next.role() == NameSpan.Role.ACTOR && next.owner().equals(titleCharacter) && CREDIT_OPEN.matcher(gap).matches()) {
        return true;
      }
      if (sameCharacter && APPOSITION_JOIN.matcher(gap).matches()) {
        return true;
      }
      if (next.isCharacter() && !sameCharacter && COORDINATION_JOIN.matcher(gap).matches()) {
        return true;
      }
    }
    if (previous != null && previous.isCharacter() && !previous.owner().equals(titleCharacter)) {
      String gap = text.substring(previous.end(), span.begin());
      return COORDINATION_JOIN.matcher(gap).matches();
    }
    return false;
  }

  private boolean looksLikeFilm(String before, String after) {
    if (QUOTED_BEFORE.matcher(before).find() && QUOTED_AFTER.matcher(after).find()) {
      return true;
    }
    for (String director : directorPossessives) {
      if (Pattern.compile("\\b" + Pattern.quote(director) + "['’]s\\s+$", Pattern.CASE_INSENSITIVE)
          .matcher(before)
          .find()) {
        return true;
      }
    }
    return FILM_NOUN_BEFORE.matcher(before).find()
        || (FILM_NOUN_COMMA_BEFORE.matcher(before).find() && COMMA_AFTER.matcher(after).find())
        || VIEWING_VERB_BEFORE.matcher(before).find()
        || FILM_PART_OF_BEFORE.matcher(before).find()
        || FILM_COPULA_AFTER.matcher(after).find()
        || FILM_VERB_AFTER.matcher(after).find()
        || ITS_AFTER.matcher(after).find();
  }
}
