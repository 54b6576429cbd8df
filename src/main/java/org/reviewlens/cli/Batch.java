package org.reviewlens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reviewlens.corpus.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code review-lens batch PLAN}: runs many commands in one JVM, so that the CoreNLP models load
 * once (StanfordCoreNLP keeps the annotators it built in a pool for the JVM's life). A benchmark of
 * forty films takes one model load instead of forty.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Runs each line of PLAN as a review-lens command, in this JVM, so the models load once.",
      "A line holds one command's arguments separated by tabs (the main job's options, or",
      "evaluate and its options); blank lines and lines starting with # are skipped.",
      "Exits with the worst exit code of its commands (1, then 2, then 3)."
    })
final class Batch implements Callable<Integer> {
  /** Exit codes from the worst: an error, then bad input, then skipped reviews. */
  private static final List<Integer> WORST_FIRST =
      List.of(ReviewLens.INTERNAL_ERROR, ReviewLens.BAD_INPUT, ReviewLens.SKIPPED);

  @Parameters(paramLabel = "PLAN", description = "The commands, one per line, tab-separated.")
  Path plan;

  /** Whether a batch is running in this JVM: a plan may not start another, however it is spelt. */
  private static boolean running;

  @Override
  public Integer call() throws IOException {
    if (running) {
      throw new InputException(plan, "a plan cannot run another batch");
    }
    running = true;
    try {
      return runAll();
    } finally {
      running = false;
    }
  }

  private int runAll() {
    List<String> lines = read();
    int worst = ReviewLens.OK;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] args = line.split("\t");
      if (args[0].equals("batch")) {
        throw new InputException(plan, i + 1, "a plan cannot run another batch");
      }
      System.err.printf("%s:%d: review-lens %s%n", plan, i + 1, String.join(" ", args));
      worst = worse(worst, ReviewLens.run(args));
    }
    return worst;
  }

  private List<String> read() {
    try {
      return Files.readAllLines(plan, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(plan, "cannot read the plan: " + e.getMessage());
    }
  }

  static int worse(int a, int b) {
    for (int code : WORST_FIRST) {
      if (a == code || b == code) {
        return code;
      }
    }
    return Math.max(a, b);
  }
}
