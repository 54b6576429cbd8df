package org.reviewlens.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.reviewlens.corpus.InputException;

/**
 * Decides, before any work, whether a run may replace {@code --out}. A run replaces the folder
 * whole, so it must never be one that holds anything but an earlier run's outputs: the corpus, the
 * cache, a user's own files, the root, a mount point (which cannot be renamed) or a symbolic link
 * (which the rename would replace by a folder).
 */
public final class OutputTarget {
  /**
   * The file every output folder holds, so that a later run knows the folder is its own to replace.
   */
  public static final String MARKER = ".review-lens-output";

  /** What the marker says, for a person who finds it. */
  static final String MARKER_TEXT =
      "This folder is written by review-lens. Each run replaces it whole: keep nothing else"
          + " here.\n";

  /** The first words of run_report.txt, by which outputs written before the marker are known. */
  private static final String LEGACY_REPORT_START = "review-lens ";

  private OutputTarget() {}

  /**
   * Checks {@code out} against the corpus and the cache of the same run.
   *
   * @throws InputException naming {@code out} and the reason, when the run must not replace it
   */
  public static void check(Path out, Path corpus, Optional<Path> cache) {
    Path absolute = out.toAbsolutePath().normalize();
    if (absolute.getParent() == null) {
      throw refused(out, "is the root folder; give a folder of its own, such as output");
    }
    if (Files.isSymbolicLink(absolute)) {
      throw refused(
          out, "is a symbolic link, which a run would replace by a folder; give its target");
    }
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw refused(out, "is a file, not a folder");
    }
    Path real = RealPaths.of(absolute);
    checkApart(out, real, RealPaths.of(corpus), "the corpus folder (--corpus)");
    if (cache.isPresent()) {
      checkApart(out, real, RealPaths.of(cache.get()), "the annotation cache (--cache)");
    }
    if (Files.isDirectory(absolute)) {
      checkNotAMountPoint(out, absolute);
      checkOwnOrEmpty(out, absolute);
    }
  }

  /** Whether {@code dir} is a review-lens output: its marker, or an earlier version's report. */
  static boolean isOutput(Path dir) {
    if (Files.isRegularFile(dir.resolve(MARKER))) {
      return true;
    }
    Path report = dir.resolve("run_report.txt");
    try {
      return Files.isRegularFile(report)
          && Files.readString(report).startsWith(LEGACY_REPORT_START);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void checkApart(Path out, Path realOut, Path other, String what) {
    if (realOut.equals(other)) {
      throw refused(out, "is " + what + "; a run would replace it by its outputs");
    }
    if (other.startsWith(realOut)) {
      throw refused(out, "holds " + what + "; a run would delete it");
    }
    if (realOut.startsWith(other)) {
      throw refused(out, "is inside " + what + "; give a folder outside it");
    }
  }

  /** A mount point cannot be renamed ("Device or resource busy"), so it cannot be replaced. */
  private static void checkNotAMountPoint(Path out, Path dir) {
    if (MountPoints.isMountPoint(RealPaths.of(dir))) {
      throw refused(
          out,
          "is a mount point, which a run cannot replace; give a folder inside it, such as "
              + dir.resolve("review-lens"));
    }
  }

  /**
   * Refuses a folder that holds anything but an earlier output. Run before any work, and again
   * under the lock just before the commit, since the user may have filled the folder meanwhile.
   *
   * @throws InputException naming the folder and one file of it that is not an output's
   */
  public static void checkOwnOrEmpty(Path out, Path dir) {
    if (!Files.isDirectory(dir) || isOutput(dir)) {
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      Optional<Path> first = entries.sorted().findFirst();
      if (first.isPresent()) {
        throw refused(
            out,
            "holds files that are not a review-lens output (such as "
                + first.get().getFileName()
                + "), and a run replaces --out whole; give a new or empty folder");
      }
    } catch (IOException e) {
      throw refused(out, "cannot be listed: " + e.getMessage());
    }
  }

  private static InputException refused(Path out, String reason) {
    return new InputException(out.toAbsolutePath().normalize(), "--out " + reason);
  }
}
