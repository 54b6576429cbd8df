package org.reviewlens.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What an armed fault point does when it is reached. */
public enum FaultAction {
  /**
   * Creates the marker file named by {@code reviewlens.fault.marker} and waits forever, so that a
   * test can {@code kill -9} the process exactly at the point.
   */
  PAUSE("pause"),
  /** Throws an {@link InjectedFault}: a bug in the tool. */
  THROW("throw"),
  /** Throws an {@link OutOfMemoryError}, as a parser that exhausts the heap does. */
  OOM("oom"),
  /** Throws the {@link IOException} of a full disk. */
  DISK_FULL("disk-full");

  private final String label;

  FaultAction(String label) {
    this.label = label;
  }

  /** The name used in {@code -Dreviewlens.fault.action=NAME}. */
  public String label() {
    return label;
  }

  static FaultAction parse(String label) {
    for (FaultAction a : values()) {
      if (a.label.equals(label)) {
        return a;
      }
    }
    throw new IllegalStateException("unknown fault action: " + label);
  }

  void fire(FaultPoint point, String marker) {
    String where = "injected at " + point.label();
    switch (this) {
      case PAUSE -> pause(marker);
      case THROW -> throw new InjectedFault(where);
      case OOM -> throw new OutOfMemoryError("Java heap space (" + where + ")");
      case DISK_FULL ->
          throw new UncheckedIOException(
              new IOException("No space left on device (" + where + ")"));
    }
  }

  private static void pause(String marker) {
    try {
      if (marker != null) {
        Files.writeString(Path.of(marker), Long.toString(ProcessHandle.current().pid()));
      }
      Thread.sleep(Long.MAX_VALUE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InjectedFault("interrupted while paused");
    }
  }
}
