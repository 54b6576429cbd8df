package org.reviewlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reviewlens.analyse.verdict.VerdictCrossValidator;
import org.reviewlens.analyse.verdict.VerdictExample;
import org.reviewlens.analyse.verdict.VerdictModel;
import org.reviewlens.corpus.InputException;
import org.reviewlens.evaluate.RatedReview;
import org.reviewlens.evaluate.RatingsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code review-lens train verdict --ratings FILE --texts DIR ...}: trains the verdict model on
 * rated reviews and cross-validates it film by film.
 */
@Command(
    name = "verdict",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the critic's verdict on rated reviews (a ratings file in the format of",
      "devset/rated/sources.csv, and a folder of their texts, one REVIEW_ID.txt each).",
      "Reviews of the frozen split are never read. Prints Markdown:",
      "  --cross-validate: Spearman with the ratings per fold of films, for the learned",
      "    verdict and, on the same reviews, the judged tone and the mean tone;",
      "  --model: writes the model trained on every review given and the features it",
      "    leans on most. Run with review-lens --verdict-model FILE."
    })
final class TrainVerdict implements Callable<Integer> {
  @Option(
      names = "--ratings",
      required = true,
      paramLabel = "FILE",
      description = "Rated reviews, in the format of devset/rated/sources.csv. Repeatable.")
  List<Path> ratings = new ArrayList<>();

  @Option(
      names = "--texts",
      required = true,
      paramLabel = "DIR",
      description = "The reviews' texts, one REVIEW_ID.txt each (UTF-8).")
  Path texts;

  @Option(names = "--model", paramLabel = "FILE", description = "Where to write the model.")
  Path model;

  @Option(names = "--cross-validate", description = "Cross-validate by film.")
  boolean crossValidate;

  @Option(
      names = "--folds",
      paramLabel = "N",
      description = "How many folds of films (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(
      names = "--l2-cost",
      paramLabel = "X",
      description = "The L2 regularisation cost, for experiments (default: the tool's).")
  Double l2Cost;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Annotation cache directory (default: ${DEFAULT-VALUE}).")
  Path cache = Path.of(".cache", "annotations");

  @Option(
      names = "--features",
      paramLabel = "N",
      description = "How many of the model's strongest features to print (default: 15).")
  int features = 15;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (model == null && !crossValidate) {
      throw new ParameterException(spec.commandLine(), "Give --model, --cross-validate or both.");
    }
    List<RatedReview> rated = new ArrayList<>();
    for (Path file : ratings) {
      RatingsFile.read(file).stream().filter(r -> !r.split().equals("frozen")).forEach(rated::add);
    }
    if (rated.size() < folds) {
      throw new InputException(
          ratings.get(0),
          "training needs rated reviews outside the frozen split, at least one per fold ("
              + folds
              + "); the files give "
              + rated.size());
    }
    List<VerdictExample> examples = new VerdictTrainingSet(texts, cache).examples(rated);
    double cost = l2Cost == null ? VerdictModel.L2_COST : l2Cost;
    System.out.printf(
        Locale.ROOT,
        "%d rated reviews of %d films (%d rated below the middle of their scale); L2 cost %s.%n%n",
        examples.size(),
        examples.stream().map(VerdictExample::film).distinct().count(),
        examples.stream().filter(e -> e.rating() < 0.5).count(),
        cost);
    if (crossValidate) {
      TrainingReport.printVerdicts(new VerdictCrossValidator(folds, cost).evaluate(examples));
    }
    if (model != null) {
      VerdictModel trained = VerdictModel.train(examples, cost);
      ModelFiles.write(trained.bytes(), model);
      TrainingReport.printWeights(
          "Wrote " + model + ", trained on " + examples.size() + " rated reviews.",
          "toward a favourable verdict",
          trained.strongestFeatures(features));
    }
    return ReviewLens.OK;
  }
}
