package org.reviewlens.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reviewlens.fault.FaultPoint;
import org.reviewlens.fault.Faults;

/**
 * The command line in a child JVM, with a fault point armed: the way to kill a run at an exact
 * step. The child waits at the point once it is reached, and the test kills it there with SIGKILL.
 */
final class ChildRun {
  private static final long TIMEOUT_SECONDS = 300;

  private final Process process;
  private final Path log;
  private final Path marker;

  private ChildRun(Process process, Path log, Path marker) {
    this.process = process;
    this.log = log;
    this.marker = marker;
  }

  /**
   * Starts {@code review-lens args} in a new JVM that pauses at the {@code k}-th arrival at {@code
   * point}.
   */
  static ChildRun pausingAt(FaultPoint point, int k, Path workDir, String... args)
      throws IOException {
    Path marker = workDir.resolve("reached-" + point.label());
    Files.deleteIfExists(marker);
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(JvmOptions.mainJob());
    command.addAll(
        List.of(
            "-D" + Faults.POINT_PROPERTY + "=" + point.label() + "@" + k,
            "-D" + Faults.ACTION_PROPERTY + "=pause",
            "-D" + Faults.MARKER_PROPERTY + "=" + marker,
            "-cp",
            System.getProperty("java.class.path"),
            "org.reviewlens.cli.ReviewLens"));
    command.addAll(List.of(args));
    Path log = workDir.resolve("child-" + point.label() + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildRun(process, log, marker);
  }

  /** Runs {@code review-lens args} in a new JVM to its end; returns its exit code. */
  static int toTheEnd(Path log, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(JvmOptions.mainJob());
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "org.reviewlens.cli.ReviewLens"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("the run did not end in " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
    }
    return process.exitValue();
  }

  /** Waits until the child is paused at its fault point, then kills it with SIGKILL. */
  void killWhenReached() throws IOException, InterruptedException {
    awaitPoint();
    process.destroyForcibly();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child died");
    assertEquals(137, process.exitValue(), "killed with SIGKILL");
  }

  /** Waits until the child is paused at its fault point; it holds everything it held there. */
  void awaitPoint() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (!Files.exists(marker)) {
      if (!process.isAlive()) {
        fail(
            "the run ended (exit "
                + process.exitValue()
                + ") before its fault point: "
                + Files.readString(log));
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        fail(
            "the fault point was not reached in "
                + TIMEOUT_SECONDS
                + " s: "
                + Files.readString(log));
      }
      Thread.sleep(100);
    }
  }

  /** Kills the child if a failed assertion left it running. */
  void destroy() {
    process.destroyForcibly();
  }
}
