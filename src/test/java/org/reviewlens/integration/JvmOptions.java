package org.reviewlens.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options of the main job, as {@code .mvn/jvm.config} states them for {@code mvn
 * exec:java}: the one place they are written. The child JVMs of the tests use them too.
 */
final class JvmOptions {
  static final Path FILE = Path.of(".mvn", "jvm.config");

  private JvmOptions() {}

  static List<String> mainJob() throws IOException {
    return Arrays.stream(Files.readString(FILE).trim().split("\\s+")).toList();
  }
}
