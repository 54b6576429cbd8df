package org.reviewlens.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why reading a file failed, in words. The message of a {@link FileSystemException} is often no
 * more than the path, which the caller names already: "cannot read: /x/a.txt" says nothing.
 */
final class IoReason {
  /**
   * Why a named pipe, a socket or a device is refused unopened: opening a pipe can wait forever.
   */
  static final String NOT_REGULAR = "not a regular file (a named pipe, socket or device)";

  private IoReason() {}

  /** The cause of {@code e}, e.g. {@code permission denied}, without the file name. */
  static String of(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
