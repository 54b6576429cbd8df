package org.reviewlens.extract.title;

import java.nio.file.Path;
import java.util.List;
import org.reviewlens.extract.learn.Maxent;

/**
 * The learned title decision: a maximum-entropy model ({@link Maxent}) over the features of {@link
 * TitleContext}, trained by {@code review-lens train} on hand-labelled title occurrences of many
 * films.
 */
public final class TitleModel {
  /** The model that ships with the tool, trained on the development films of the benchmark. */
  static final String RESOURCE = "title-model.bin";

  private static TitleModel builtIn;

  private final Maxent model;

  private TitleModel(Maxent model) {
    this.model = model;
  }

  /** The model that ships with the tool, read once per JVM. */
  public static synchronized TitleModel builtIn() {
    if (builtIn == null) {
      builtIn = new TitleModel(Maxent.readResource(TitleModel.class, RESOURCE));
    }
    return builtIn;
  }

  /** A model that {@code review-lens train} wrote; a file that is not one is bad input. */
  public static TitleModel read(Path file) {
    return new TitleModel(Maxent.readFile(file, "a title model"));
  }

  /** Trains a model on labelled occurrences. */
  public static TitleModel train(List<TitleExample> examples) {
    if (examples.stream().map(TitleExample::reading).distinct().count() < 2) {
      throw new IllegalArgumentException(
          "training needs occurrences of both readings, the film and the character");
    }
    return new TitleModel(
        Maxent.train(
            examples.stream()
                .map(e -> new Maxent.Event(e.key(), e.reading().name(), e.context()))
                .toList()));
  }

  /** The more probable reading of an occurrence with these features. */
  TitleReading read(List<String> context) {
    return TitleReading.valueOf(model.best(context));
  }

  /** The probability that an occurrence with these features means the film. */
  double filmProbability(List<String> context) {
    return model.probability(TitleReading.FILM.name(), context);
  }

  /**
   * The features with the largest weights either way, largest first; positive leans to the film.
   */
  public List<Maxent.FeatureWeight> strongestFeatures(int n) {
    return model.strongestFeatures(TitleReading.FILM.name(), n);
  }

  /** The model file's bytes. */
  public byte[] bytes() {
    return model.bytes();
  }
}
