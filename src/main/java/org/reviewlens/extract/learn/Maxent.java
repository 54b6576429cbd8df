package org.reviewlens.extract.learn;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.reviewlens.corpus.InputException;

/**
 * A two-way maximum-entropy model, as both learned readings use it: OpenNLP's L-BFGS trainer with
 * L2 regularisation, deterministic (events in a fixed order, one thread, a fixed number of
 * iterations), so the same events give a byte-identical model file.
 */
public final class Maxent {
  private static final double L2_COST = 4;
  private static final int ITERATIONS = 300;

  /**
   * One training event.
   *
   * @param key orders the events, so that training does not depend on the order they came in
   * @param outcome the label
   * @param context the features
   */
  public record Event(String key, String outcome, List<String> context) {}

  private final MaxentModel model;

  private Maxent(MaxentModel model) {
    this.model = model;
  }

  public static Maxent train(List<Maxent.Event> events) {
    if (events.stream().map(Maxent.Event::outcome).distinct().count() < 2) {
      throw new IllegalArgumentException("training needs examples of both outcomes");
    }
    List<opennlp.tools.ml.model.Event> sorted = new ArrayList<>();
    events.stream()
        .sorted(Comparator.comparing(Maxent.Event::key))
        .forEach(
            e ->
                sorted.add(
                    new opennlp.tools.ml.model.Event(
                        e.outcome(), e.context().toArray(String[]::new))));
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
    parameters.put(QNTrainer.L1COST_PARAM, 0.0);
    parameters.put("PrintMessages", false);
    Map<String, String> report = new HashMap<>();
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, report);
    try {
      return new Maxent(trainer.train(ObjectStreamUtils.createObjectStream(sorted)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Maxent read(InputStream in) throws IOException {
    return new Maxent(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
  }

  /** A model shipped beside {@code owner}; a missing or broken one is a bug in the build. */
  public static Maxent readResource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the built-in model " + name + " is missing");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A model file the user gives; a file that is not one is bad input, named.
   *
   * @param what what kind of model it must be, for the message: "a title model"
   */
  public static Maxent readFile(Path file, String what) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in);
    } catch (IOException | RuntimeException e) {
      throw new InputException(file, "not " + what + " written by review-lens train (" + e + ")");
    }
  }

  /** The more probable outcome of these features. */
  public String best(List<String> context) {
    return model.getBestOutcome(model.eval(context.toArray(String[]::new)));
  }

  /** The probability of an outcome given these features. */
  public double probability(String outcome, List<String> context) {
    int i = model.getIndex(outcome);
    return i < 0 ? 0 : model.eval(context.toArray(String[]::new))[i];
  }

  /**
   * How far a feature pushes toward one outcome: its weight for that outcome less its weight for
   * the other. Positive leans toward it.
   */
  public record FeatureWeight(String feature, double toward) {}

  /** The features with the largest weights either way, largest first. */
  public List<FeatureWeight> strongestFeatures(String outcome, int n) {
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates =
        (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
    int index = model.getIndex(outcome);
    List<FeatureWeight> weights = new ArrayList<>();
    for (Map.Entry<String, Context> p : new TreeMap<>(predicates).entrySet()) {
      double toward = 0;
      int[] outcomes = p.getValue().getOutcomes();
      double[] values = p.getValue().getParameters();
      for (int i = 0; i < outcomes.length; i++) {
        toward += outcomes[i] == index ? values[i] : -values[i];
      }
      weights.add(new FeatureWeight(p.getKey(), toward));
    }
    return weights.stream()
        .sorted(
            Comparator.comparingDouble((FeatureWeight w) -> -Math.abs(w.toward()))
                .thenComparing(FeatureWeight::feature))
        .limit(n)
        .toList();
  }

  /** The model file's bytes. */
  public byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      new GenericModelWriter((AbstractModel) model, out).persist();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
