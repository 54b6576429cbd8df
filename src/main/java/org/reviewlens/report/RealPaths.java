package org.reviewlens.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real paths of folders that may not exist yet, so that two names of one folder compare equal. */
final class RealPaths {
  private RealPaths() {}

  /**
   * The real path of {@code path} as the operating system reads it: its longest existing prefix
   * with every link resolved, then the rest. "link/../cache" is the cache beside the link's target,
   * as the system opens it, not "cache" beside the link; so {@code ..} is resolved only after the
   * links before it.
   */
  static Path of(Path path) {
    Path absolute = path.toAbsolutePath();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute.normalize();
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute.normalize();
    }
  }
}
