package org.reviewlens.extract.people;

import java.util.List;

/**
 * One discovered name cluster with its features and, for training, whether it is a character.
 *
 * @param film the film's id, which groups examples into folds
 * @param name the cluster's fullest name
 * @param spellings every way the reviews write it
 * @param counts how often the reviews write each spelling, in the same order
 * @param context the features of {@link PersonContext}
 * @param character whether it is one of the film's characters: the true cast's for training and
 *     evaluation
 * @param rule what the hand-ordered rule the model replaced decided: the baseline
 */
public record PersonExample(
    String film,
    String name,
    List<String> spellings,
    List<Integer> counts,
    List<String> context,
    boolean character,
    boolean rule) {

  public PersonExample {
    spellings = List.copyOf(spellings);
    counts = List.copyOf(counts);
    context = List.copyOf(context);
  }

  /** This cluster with the true cast's answer. */
  public PersonExample withCharacter(boolean isCharacter) {
    return new PersonExample(film, name, spellings, counts, context, isCharacter, rule);
  }

  /** A total order over examples, so that training does not depend on their order. */
  String key() {
    return film + "\u0000" + name;
  }
}
