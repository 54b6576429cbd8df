package org.reviewlens.extract.people;

import static org.reviewlens.extract.people.NamePatterns.NAME;
import static org.reviewlens.extract.people.NamePatterns.WORD;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns {@link PersonEvidence} reads: how critics credit an actor with a character, name
 * someone after a role word, sign a byline, name a work after its maker, praise a performance or a
 * craft, and label a script line. Every cue is general English, none is about a plot.
 */
final class EvidenceCues {
  private EvidenceCues() {}

  /** The label of a script-style line ("JUNO:"): a character speaks it. */
  static final Pattern LABEL = Pattern.compile("(?m)^(" + WORD + "):");

  /** "as Juno’s stepmother" credits the stepmother, not Juno. */
  private static final String NOT_POSSESSIVE = "(?!['’]s?\\b|[\\p{L}'’.-])";

  /** Credits: which group is the character and which the actor. */
  record Credit(Pattern pattern, int character, int actor) {}

  static final List<Credit> CREDITS =
      List.of(
          new Credit(Pattern.compile(NAME + "[”\"’']?\\s*\\(\\s*" + NAME + "\\s*\\)"), 1, 2),
          new Credit(
              Pattern.compile(
                  NAME
                      + "(?:['’]s? (?:performance|portrayal|turn))? as (?:the )?(?:young |older )?"
                      + NAME
                      + NOT_POSSESSIVE),
              2,
              1),
          new Credit(Pattern.compile("\\bAs " + NAME + ", " + NAME), 1, 2),
          new Credit(Pattern.compile(NAME + " is " + NAME + " in\\b"), 2, 1),
          new Credit(
              Pattern.compile(NAME + ", (?:who is )?played (?:[^.;]{0,40}? )?by " + NAME), 1, 2),
          new Credit(
              Pattern.compile(
                  NAME
                      + ",? who (?:plays|played|portrays|portrayed) (?:the )?"
                      + NAME
                      + NOT_POSSESSIVE),
              2,
              1),
          new Credit(
              Pattern.compile(
                  NAME
                      + " (?:plays|played|portrays|portrayed|embodies) (?:the )?(?:real-life )?"
                      + NAME
                      + NOT_POSSESSIVE),
              2,
              1),
          new Credit(Pattern.compile(NAME + "['’]s? " + NAME), 2, 1));

  static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "\\b(director|filmmaker|cinematographer|composer|writer|screenwriter|co-writer|editor|producer|critic|reviewer|novelist|author|DP|Director|Cinematographer|Composer|Writer|Editor|Producer)\\s+"
              + NAME);
  static final Pattern BYLINE =
      Pattern.compile("(?m)^(?:By|Reviewed by|Review by|Written by|Posted by)\\s*:?\\s+" + NAME);
  static final Pattern WORK_AFTER =
      Pattern.compile(
          NAME
              + "['’]s\\s+(?:"
              + WORD
              + "\\s+)?(?:Ninth|Fifth|Seventh|[Ss]ymphon(?:y|ies)|[Ss]onatas?|[Cc]oncertos?|[Pp]artitas?|[Ss]uites?|[Pp]reludes?|[Rr]equiem|[Oo]pera|music|novels?|poems?|plays|paintings?|songs?)\\b");
  static final Pattern WORK_BEFORE =
      Pattern.compile(
          "\\b(?:a|an|the)\\s+"
              + NAME
              + "\\s+(?:symphony|sonata|concerto|partita|suite|prelude|aria|song|novel|poem|painting|tune|piece)\\b");
  static final Pattern PERFORMANCE_AFTER =
      Pattern.compile(NAME + "['’]s?\\s+(?:performance|portrayal|acting|turn|filmography)\\b");
  static final Pattern CRAFT_AFTER =
      Pattern.compile(
          NAME
              + "['’]s?\\s+(?:direction|filmmaking|screenplay|script|score|cinematography|editing|camerawork|lens)\\b");

  /** A full name in parentheses after a common noun: "her father (Matthew Sunderland)". */
  static final Pattern CREDIT_AFTER_A_ROLE =
      Pattern.compile(
          "\\b\\p{Ll}[\\p{L}-]*\\s*\\(\\s*(" + WORD + "(?:[ \\t]+" + WORD + ")+)\\s*\\)");

  /** An actor in another film: "Audrey Hepburn in Roman Holiday". */
  static final Pattern IN_ANOTHER_WORK =
      Pattern.compile(
          NAME + " in (?:the )?(\\p{Lu}[\\p{L}'’]*(?: (?:of |the |and )?\\p{Lu}[\\p{L}'’]*){0,4})");

  /**
   * An actor in a role the reviews do not name: "Allison Janney as Juno's stepmother", "Ned Fallow
   * as the father".
   */
  static final Pattern AS_A_ROLE =
      Pattern.compile(NAME + " as (?:a |an |the |his |her |their |" + WORD + "['’]s? )\\p{Ll}");
}
