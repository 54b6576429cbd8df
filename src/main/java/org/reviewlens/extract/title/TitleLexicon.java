package org.reviewlens.extract.title;

import java.util.Set;
import org.reviewlens.corpus.WordList;

/**
 * General English words that tell a work from a person, used by {@link TitleCue}. None of them is
 * about a plot: they are the nouns, verbs and adjectives any review uses of a film, or of a person.
 */
final class TitleLexicon {
  private TitleLexicon() {}

  /** Nouns for a film, its kinds, its parts and its life in the world. */
  static final Set<String> FILM_NOUNS = words("film-nouns.txt");

  /**
   * Nouns for a person: the characters' kinds, kin and roles. Nouns formed with a person suffix
   * (-er, -or, -ist, -ess, -ian, -ant, -ent: "teenager", "physicist", "waitress") also count,
   * unless they are film nouns ("thriller").
   */
  static final Set<String> PERSON_NOUNS = words("person-nouns.txt");

  /** Nouns a person has and a film does not: kin, body, mind and life. */
  static final Set<String> PERSON_POSSESSIONS = words("person-possessions.txt");

  /** Verbs whose subject is a person: speech, thought, feeling, the body, moving, meeting. */
  static final Set<String> PERSON_SUBJECT_VERBS = words("person-subject-verbs.txt");

  /** Verbs whose subject is a work: it runs, premieres, stars, unfolds, earns, deserves. */
  static final Set<String> WORK_SUBJECT_VERBS = words("work-subject-verbs.txt");

  /** Verbs of watching, judging and making, whose object is a work. */
  static final Set<String> WORK_OBJECT_VERBS = words("work-object-verbs.txt");

  /** Verbs whose object is a person: meeting, marrying, playing the role. */
  static final Set<String> PERSON_OBJECT_VERBS = words("person-object-verbs.txt");

  /** Adjectives said of a person, not of a film. */
  static final Set<String> PERSON_ADJECTIVES = words("person-adjectives.txt");

  /** Adjectives said of a film, not of a person. */
  static final Set<String> FILM_ADJECTIVES = words("film-adjectives.txt");

  private static final Set<String> PERSON_SUFFIXES =
      Set.of("er", "or", "ist", "ess", "ian", "ant", "ent");

  /** A verb both persons and works do ("she opens the door", "the film opens") is no cue. */
  static boolean isPersonSubjectVerb(String lemma) {
    return PERSON_SUBJECT_VERBS.contains(lemma) && !WORK_SUBJECT_VERBS.contains(lemma);
  }

  static boolean isWorkSubjectVerb(String lemma) {
    return WORK_SUBJECT_VERBS.contains(lemma) && !PERSON_SUBJECT_VERBS.contains(lemma);
  }

  /** "I watched Juno" is the film, "Bateman meets Juno" the person; "loves" is neither. */
  static boolean isWorkObjectVerb(String lemma) {
    return WORK_OBJECT_VERBS.contains(lemma) && !PERSON_OBJECT_VERBS.contains(lemma);
  }

  static boolean isPersonObjectVerb(String lemma) {
    return PERSON_OBJECT_VERBS.contains(lemma) && !WORK_OBJECT_VERBS.contains(lemma);
  }

  /** A word list kept beside this class, one lemma per line. */
  private static Set<String> words(String file) {
    return Set.copyOf(WordList.lines(TitleLexicon.class, file));
  }

  /** Whether a noun lemma names a person: listed, or formed with a person suffix. */
  static boolean isPersonNoun(String lemma) {
    if (FILM_NOUNS.contains(lemma)) {
      return false;
    }
    return PERSON_NOUNS.contains(lemma)
        || (lemma.length() > 5 && PERSON_SUFFIXES.stream().anyMatch(lemma::endsWith));
  }
}
