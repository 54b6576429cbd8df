package org.reviewlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a run's outputs into a fresh staging directory beside {@code --out} and swaps it in only
 * when everything is written. A crash or {@code kill -9} mid-run leaves the previous output
 * untouched; the next run removes the stale staging directory.
 */
public final class OutputDirectory {
  private static final String STAGING_PREFIX = ".staging-";
  private static final String RETIRED_PREFIX = ".retired-";

  private final Path target;
  private final Path staging;

  private OutputDirectory(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Removes stale staging directories of earlier runs and opens a new one. */
  public static OutputDirectory open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    String base = absolute.getFileName().toString();
    removeStale(parent, "." + base + STAGING_PREFIX);
    removeStale(parent, "." + base + RETIRED_PREFIX);
    Path staging = Files.createTempDirectory(parent, "." + base + STAGING_PREFIX);
    return new OutputDirectory(absolute, staging);
  }

  /** Where this run writes its files until {@link #commit()}. */
  public Path staging() {
    return staging;
  }

  /**
   * Replaces the target directory with the staging directory, carrying over the README that
   * describes the folder.
   */
  public void commit() throws IOException {
    if (Files.isDirectory(target)) {
      carryOverReadme();
      Path retired = target.resolveSibling("." + target.getFileName() + RETIRED_PREFIX + ProcessHandle.current().pid());
      move(target, retired);
      move(staging, target);
      deleteTree(retired);
    } else {
      move(staging, target);
    }
  }

  /** Deletes the staging directory after a failed run; the target is left as it was. */
  public void abandon() {
    try {
      deleteTree(staging);
    } catch (IOException ignored) {
      // The next run removes it.
    }
  }

  private void carryOverReadme() throws IOException {
    Path readme = target.resolve("README.md");
    if (Files.isRegularFile(readme) && !Files.exists(staging.resolve("README.md"))) {
      Files.copy(readme, staging.resolve("README.md"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void removeStale(Path parent, String prefix) throws IOException {
    try (Stream<Path> siblings = Files.list(parent)) {
      for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        deleteTree(p);
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
