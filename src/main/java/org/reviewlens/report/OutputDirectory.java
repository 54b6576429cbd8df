package org.reviewlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.reviewlens.corpus.InputException;
import org.reviewlens.fault.FaultPoint;
import org.reviewlens.fault.Faults;

/**
 * The output folder of one run. Opening it locks {@code --out} against other runs, and the run
 * writes into a fresh staging folder beside it, which replaces {@code --out} only when everything
 * is written.
 *
 * <p>A crash or {@code kill -9} at any moment leaves the previous output intact or the new one
 * complete:
 *
 * <ul>
 *   <li>before {@link #commit()}: {@code --out} is untouched; the next run deletes the staging
 *       folder;
 *   <li>between the commit's two renames: {@code --out} is missing and its previous content sits in
 *       a retired folder; the next run moves it back before anything else;
 *   <li>after them: the retired folder is left over; the next run deletes it.
 * </ul>
 */
public final class OutputDirectory implements AutoCloseable {
  private static final String STAGING = ".staging-";
  private static final String RETIRED = ".retired-";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path staging;
  private final OutputLock lock;
  private final List<String> warnings;
  private boolean committed;

  private OutputDirectory(Path target, Path staging, OutputLock lock, List<String> warnings) {
    this.target = target;
    this.staging = staging;
    this.lock = lock;
    this.warnings = List.copyOf(warnings);
  }

  /** What opening the folder repaired, one line each, for the run's report. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Locks {@code target}, repairs what a killed run left beside it, and opens a staging folder.
   *
   * @throws InputException naming the folder, when another run holds it or it cannot be written
   */
  public static OutputDirectory open(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    String base = absolute.getFileName().toString();
    OutputLock lock;
    try {
      Files.createDirectories(parent);
      lock = OutputLock.acquire(target, parent.resolve("." + base + ".lock"));
    } catch (IOException e) {
      throw new InputException(target, "cannot write the output folder here: " + e);
    }
    try {
      List<String> warnings =
          restoreInterruptedCommit(absolute, siblings(parent, "." + base + RETIRED));
      for (Path stale : siblings(parent, "." + base + STAGING)) {
        deleteTree(stale);
      }
      Path staging = createStaging(parent, "." + base + STAGING);
      Files.writeString(staging.resolve(OutputTarget.MARKER), OutputTarget.MARKER_TEXT);
      return new OutputDirectory(absolute, staging, lock, warnings);
    } catch (IOException | RuntimeException e) {
      closeQuietly(lock);
      throw new InputException(target, "cannot write the output folder here: " + e);
    }
  }

  /**
   * A retired folder with no {@code --out} beside it is the previous output of a run killed between
   * its two renames: it goes back. Beside an {@code --out}, it is left over from a finished commit
   * and goes.
   */
  private static List<String> restoreInterruptedCommit(Path target, List<Path> retired)
      throws IOException {
    List<String> warnings = new ArrayList<>();
    List<Path> newestFirst =
        retired.stream()
            .sorted(Comparator.comparing(OutputDirectory::modified).reversed())
            .toList();
    for (Path r : newestFirst) {
      if (!Files.exists(target)) {
        warnings.add(
            target
                + ": the last run was killed while replacing it; its previous content was"
                + " restored");
        move(r, target);
      } else {
        deleteTree(r);
      }
    }
    return warnings;
  }

  /**
   * A new folder named {@code prefix} and a random suffix. Unlike {@link
   * Files#createTempDirectory}, which makes it private (0700), it takes the user's umask, so an
   * output shared through a web server stays readable.
   */
  private static Path createStaging(Path parent, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
      try {
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** Where this run writes its files until {@link #commit()}. */
  public Path staging() {
    return staging;
  }

  /**
   * Replaces the target folder with the staging folder, carrying over the README that describes the
   * folder.
   */
  public void commit() throws IOException {
    OutputTarget.checkOwnOrEmpty(target, target);
    if (Files.isDirectory(target)) {
      carryOverReadme();
      Path retired =
          target.resolveSibling(
              "." + target.getFileName() + RETIRED + ProcessHandle.current().pid());
      move(target, retired);
      Faults.reach(FaultPoint.BETWEEN_RENAMES);
      move(staging, target);
      committed = true;
      deleteTree(retired);
    } else {
      move(staging, target);
      committed = true;
    }
  }

  /** Deletes the staging folder unless it was committed, and releases the lock. */
  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException | UncheckedIOException ignored) {
        // The next run removes it.
      }
    }
    closeQuietly(lock);
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

  private static List<Path> siblings(Path parent, String prefix) throws IOException {
    try (Stream<Path> siblings = Files.list(parent)) {
      return siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void closeQuietly(OutputLock lock) {
    try {
      lock.close();
    } catch (IOException ignored) {
      // The lock goes with the process.
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
