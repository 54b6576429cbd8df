package org.reviewlens.corpus;

import java.nio.file.Path;

/**
 * A problem with the user's input that stops the run: the message names the file and, for a CSV,
 * the line. The CLI prints {@link #getMessage()} as a one-line reason and exits with code 2.
 */
public final class InputException extends RuntimeException {
  private final transient Path file;
  private final long line;

  /** A problem with a whole file. */
  public InputException(Path file, String problem) {
    this(file, 0, problem);
  }

  /** A problem on one line of a file; {@code line} is 1-based, 0 when it does not apply. */
  public InputException(Path file, long line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }

  /** The 1-based line at fault, or 0 when the problem concerns the whole file. */
  public long line() {
    return line;
  }
}
