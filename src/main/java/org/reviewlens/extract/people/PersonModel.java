package org.reviewlens.extract.people;

import java.nio.file.Path;
import java.util.List;
import org.reviewlens.extract.learn.Maxent;

/**
 * The learned person decision of cast discovery: is a name cluster one of the film's characters, or
 * a real person or no person at all? A maximum-entropy model ({@link Maxent}) over the features of
 * {@link PersonContext}, trained by {@code review-lens train} on the true casts of many films.
 */
public final class PersonModel {
  /** The model that ships with the tool, trained on the development films of the benchmark. */
  static final String RESOURCE = "person-model.bin";

  private static final String CHARACTER = "CHARACTER";
  private static final String NOT_A_CHARACTER = "NOT_A_CHARACTER";

  /**
   * Below an even chance: a character left out loses every mention, a name wrongly kept costs a
   * few. Chosen on the development folds (0.5, 0.4, 0.3, 0.25 tried; docs/learned-readings.md).
   */
  static final double THRESHOLD = 0.3;

  private static PersonModel builtIn;

  private final Maxent model;

  private PersonModel(Maxent model) {
    this.model = model;
  }

  /** The model that ships with the tool, read once per JVM. */
  public static synchronized PersonModel builtIn() {
    if (builtIn == null) {
      builtIn = new PersonModel(Maxent.readResource(PersonModel.class, RESOURCE));
    }
    return builtIn;
  }

  /** A model that {@code review-lens train} wrote; a file that is not one is bad input. */
  public static PersonModel read(Path file) {
    return new PersonModel(Maxent.readFile(file, "a person model"));
  }

  /** Trains a model on clusters labelled by the true casts. */
  public static PersonModel train(List<PersonExample> examples) {
    return new PersonModel(
        Maxent.train(
            examples.stream()
                .map(
                    e ->
                        new Maxent.Event(
                            e.key(), e.character() ? CHARACTER : NOT_A_CHARACTER, e.context()))
                .toList()));
  }

  /**
   * Whether a cluster with these features is taken for a character: when the model gives it at
   * least {@link #THRESHOLD}.
   */
  boolean isCharacter(List<String> context) {
    return characterProbability(context) >= THRESHOLD;
  }

  /** The probability that a cluster with these features is a character. */
  double characterProbability(List<String> context) {
    return model.probability(CHARACTER, context);
  }

  /** The features with the largest weights either way; positive leans to a character. */
  public List<Maxent.FeatureWeight> strongestFeatures(int n) {
    return model.strongestFeatures(CHARACTER, n);
  }

  /** The model file's bytes. */
  public byte[] bytes() {
    return model.bytes();
  }
}
