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
import opennlp.tools.ml.AbstractEventTrainer;
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
   * @param values each feature's value, in the order of {@code context}; empty when every feature
   *     is simply present (value 1)
   */
  public record Event(String key, String outcome, List<String> context, List<Double> values) {
    public Event {
      context = List.copyOf(context);
      values = List.copyOf(values);
      if (!values.isEmpty() && values.size() != context.size()) {
        throw new IllegalArgumentException("one value per feature, or none");
      }
    }

    /** An event whose features are simply present. */
    public Event(String key, String outcome, List<String> context) {
      this(key, outcome, context, List.of());
    }
  }

  private final MaxentModel model;

  private Maxent(MaxentModel model) {
    this.model = model;
  }

  public static Maxent train(List<Maxent.Event> events) {
    return train(events, L2_COST);
  }

  /**
   * A model trained with this L2 cost: the larger, the smaller the weights. A training set of many
   * rare features needs a larger one.
   */
  public static Maxent train(List<Maxent.Event> events, double l2Cost) {
    if (events.stream().map(Maxent.Event::outcome).distinct().count() < 2) {
      throw new IllegalArgumentException("training needs examples of both outcomes");
    }
    boolean realValued = events.stream().anyMatch(e -> !e.values().isEmpty());
    List<opennlp.tools.ml.model.Event> sorted = new ArrayList<>();
    events.stream()
        .sorted(Comparator.comparing(Maxent.Event::key))
        .forEach(
            e ->
                sorted.add(
                    new opennlp.tools.ml.model.Event(
                        e.outcome(),
                        e.context().toArray(String[]::new),
                        realValued ? floats(e.context().size(), e.values()) : null)));
    TrainingParameters parameters = new TrainingParameters();
    if (realValued) {
      parameters.put(
          AbstractEventTrainer.DATA_INDEXER_PARAM,
          AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    }
    parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put(QNTrainer.L2COST_PARAM, l2Cost);
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

  private static float[] floats(int size, List<Double> values) {
    float[] result = new float[size];
    for (int i = 0; i < size; i++) {
      result[i] = values.isEmpty() ? 1f : values.get(i).floatValue();
    }
    return result;
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

  /** The probability of an outcome given these features and their values. */
  public double probability(String outcome, List<String> context, List<Double> values) {
    int i = model.getIndex(outcome);
    return i < 0
        ? 0
        : model.eval(context.toArray(String[]::new), floats(context.size(), values))[i];
  }

  /**
   * How far a feature pushes toward one outcome: its weight for that outcome less its weight for
   * the other. Positive leans toward it.
   */
  public record FeatureWeight(String feature, double toward) {}

  /** The features with the largest weights either way, largest first. */
  public List<FeatureWeight> strongestFeatures(String outcome, int n) {
    List<FeatureWeight> weights = new ArrayList<>();
    weightsToward(outcome).forEach((feature, w) -> weights.add(new FeatureWeight(feature, w)));
    return weights.stream()
        .sorted(
            Comparator.comparingDouble((FeatureWeight w) -> -Math.abs(w.toward()))
                .thenComparing(FeatureWeight::feature))
        .limit(n)
        .toList();
  }

  /**
   * Every feature's weight toward one outcome less its weight toward the other, by feature name: a
   * two-way model's log-odds move by this much per unit of the feature.
   */
  public Map<String, Double> weightsToward(String outcome) {
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates =
        (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
    int index = model.getIndex(outcome);
    Map<String, Double> weights = new TreeMap<>();
    for (Map.Entry<String, Context> p : predicates.entrySet()) {
      double toward = 0;
      int[] outcomes = p.getValue().getOutcomes();
      double[] values = p.getValue().getParameters();
      for (int i = 0; i < outcomes.length; i++) {
        toward += outcomes[i] == index ? values[i] : -values[i];
      }
      weights.put(p.getKey(), toward);
    }
    return weights;
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
