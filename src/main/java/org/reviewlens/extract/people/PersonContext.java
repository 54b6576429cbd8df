package org.reviewlens.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The features of one discovered name cluster, for {@link PersonModel}: how often and where the
 * reviews name it, how they write it (critics call real people by the full name or the surname and
 * characters by the first name), what NER makes of it, and the evidence {@link CastDiscovery}
 * gathered (credits, role words, bylines, works, script lines). The name's own letters are never a
 * feature.
 */
final class PersonContext {
  private PersonContext() {}

  /**
   * What cast discovery knows of one cluster.
   *
   * @param count how often its names are written in all reviews
   * @param reviews in how many reviews
   * @param allReviews how many reviews there are
   * @param personShare the share of its words that NER tags PERSON
   * @param craftShare the share of the sentences naming it that hold a word of the craft
   * @param commonWord whether every form is also written as a lower-case word, a heading in
   *     capitals or the title of another work
   * @param titled whether the film's title names it
   * @param role the real-person role the evidence gives it, if any
   * @param strongPerson whether that evidence is strong (a credit, a byline, the director)
   * @param personCue what the person evidence was, in a few words
   * @param characterCues what the character evidence was, in a few words each
   * @param actorOfSomeone whether it is credited as the actor of another cluster
   * @param fullestWords how many words its fullest name has
   * @param fullCount how often it is written with two words or more
   * @param firstNameAlone how often it is written as the first word of its fullest name alone
   * @param surnameAlone how often as the last word of its fullest name alone
   */
  record Facts(
      int count,
      int reviews,
      int allReviews,
      double personShare,
      double craftShare,
      boolean commonWord,
      boolean titled,
      Optional<Person.Role> role,
      boolean strongPerson,
      String personCue,
      List<String> characterCues,
      boolean actorOfSomeone,
      int fullestWords,
      int fullCount,
      int firstNameAlone,
      int surnameAlone) {}

  static List<String> of(Facts f) {
    List<String> features = new ArrayList<>();
    features.add("bias");
    features.add("count=" + bucket(f.count()));
    features.add("reviews=" + bucket(f.reviews()));
    features.add("in_most_reviews=" + (2 * f.reviews() >= f.allReviews()));
    features.add("person_share=" + quarter(f.personShare()));
    features.add("craft_share=" + quarter(f.craftShare()));
    if (f.commonWord()) {
      features.add("common_word");
    }
    if (f.titled()) {
      features.add("named_by_the_title");
    }
    f.role().ifPresent(r -> features.add("role=" + r.name()));
    if (f.strongPerson()) {
      features.add("strong_person");
    }
    if (!f.personCue().isEmpty()) {
      features.add("person_cue=" + f.personCue());
    }
    new TreeSet<>(f.characterCues()).forEach(c -> features.add("character_cue=" + c));
    if (f.characterCues().isEmpty()) {
      // Without a cue, how often and how widely the reviews name it is all there is to go on.
      features.add("no_character_cue");
      features.add("no_character_cue&count=" + bucket(f.count()));
      features.add("no_character_cue&in_most_reviews=" + (2 * f.reviews() >= f.allReviews()));
      f.role()
          .ifPresentOrElse(
              r -> features.add("no_character_cue&role=" + r.name()),
              () -> features.add("no_character_cue&no_role"));
    }
    if (f.actorOfSomeone()) {
      features.add("actor_of_someone");
    }
    features.add("fullest_words=" + Math.min(f.fullestWords(), 3));
    if (f.fullestWords() < 2) {
      // A name of one word: how critics write first names and surnames says nothing of it.
      features.add("one_word_name");
    } else {
      int written = Math.max(1, f.count());
      features.add("full_share=" + quarter((double) f.fullCount() / written));
      features.add(
          "first_name_alone=" + (f.firstNameAlone() == 0 ? "never" : bucket(f.firstNameAlone())));
      features.add("surname_alone=" + (f.surnameAlone() == 0 ? "never" : bucket(f.surnameAlone())));
      if (f.surnameAlone() > f.firstNameAlone()) {
        features.add("surname_habit");
      }
    }
    return List.copyOf(features);
  }

  private static String bucket(int n) {
    return n <= 1 ? String.valueOf(n) : n == 2 ? "2" : n <= 4 ? "3-4" : n <= 9 ? "5-9" : "10+";
  }

  private static String quarter(double share) {
    return share <= 0
        ? "0"
        : share < 0.25
            ? "<.25"
            : share < 0.5 ? "<.5" : share < 0.75 ? "<.75" : share < 1 ? "<1" : "1";
  }
}
