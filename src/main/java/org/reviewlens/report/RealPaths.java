package org.reviewlens.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real paths of folders that may not exist yet, so that two names of one folder compare equal. */
final class RealPaths {
  private RealPaths() {}

  /**
   * The real path of {@code path}: its nearest existing ancestor with every link resolved, and the
   * rest of the path as given.
   */
  static Path of(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}
