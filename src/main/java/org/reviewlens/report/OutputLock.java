package org.reviewlens.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.reviewlens.corpus.InputException;

/**
 * An exclusive lock on an output folder, held by one run from its start to its end. It is an
 * operating-system lock on a file beside the folder, so a run that is killed releases it with its
 * process, and the next run takes the file over.
 *
 * <p>A run that ends deletes the file, so lock files do not pile up. Deleting a lock file is safe
 * only because a run that locks it then checks that the path still names the file it locked: each
 * holder writes a token of its own into the file and reads it back through the path. A run that
 * locked a file just deleted by the previous holder reads another token, or none, and tries again.
 */
final class OutputLock implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ATTEMPTS = 10;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code target} through the file {@code lockFile}.
   *
   * @throws InputException naming the folder, when another run holds it
   */
  static OutputLock acquire(Path target, Path lockFile) throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      FileChannel channel =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = holder(channel);
        channel.close();
        throw new InputException(
            target,
            "another review-lens run is writing this folder"
                + (holder.isEmpty() ? "" : " (process " + holder + ")")
                + "; wait for it to finish, or choose another --out");
      }
      String token = ProcessHandle.current().pid() + " " + Long.toHexString(RANDOM.nextLong());
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.US_ASCII)), 0);
      channel.force(false);
      if (token.equals(readThroughPath(lockFile))) {
        return new OutputLock(lockFile, channel, lock);
      }
      lock.release();
      channel.close();
    }
    throw new IOException(lockFile + ": the lock file keeps changing under this run");
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static String readThroughPath(Path lockFile) throws IOException {
    try {
      return Files.readString(lockFile, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      return "";
    }
  }

  /** The process id the holder wrote, or empty. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer content = ByteBuffer.allocate(64);
    channel.read(content, 0);
    String text =
        new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  /** Deletes the lock file while still holding it, then releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
