package org.reviewlens.extract.title;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reviewlens.corpus.InputException;
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
      try (InputStream in = TitleModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the built-in title model " + RESOURCE + " is missing");
        }
        builtIn = new TitleModel(Maxent.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builtIn;
  }

  /** A model that {@code review-lens train} wrote; a file that is not one is bad input. */
  public static TitleModel read(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return new TitleModel(Maxent.read(in));
    } catch (IOException | RuntimeException e) {
      throw new InputException(file, "not a title model written by review-lens train (" + e + ")");
    }
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
   * How far a feature pushes toward the film: positive leans to the film, negative to the
   * character.
   */
  public record FeatureWeight(String feature, double towardFilm) {}

  /** The features with the largest weights either way, largest first. */
  public List<FeatureWeight> strongestFeatures(int n) {
    return model.strongestFeatures(TitleReading.FILM.name(), n).stream()
        .map(w -> new FeatureWeight(w.feature(), w.toward()))
        .toList();
  }

  /** The model file's bytes. */
  public byte[] bytes() {
    return model.bytes();
  }
}
