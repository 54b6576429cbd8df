package org.reviewlens.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.reviewlens.corpus.InputException;

/**
 * An exclusive lock on an output folder, held by one run from its start to its end. It is an
 * operating-system lock on a file beside the folder, so a run that is killed releases it with its
 * process: the lock file a killed run leaves behind is taken over by the next run, safely. The file
 * is never deleted, since deleting a lock file lets two runs lock two different files. Nor can a
 * run check, after locking, that the path still names the file it locked: reading the file through
 * its path opens and closes a second descriptor, and closing any descriptor of a file releases the
 * process's POSIX lock on it (tried, and KillTest caught a second run writing beside the first). So
 * one small lock file stays beside each output folder a run has written; bad input makes none.
 */
final class OutputLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code target} through the file {@code lockFile}.
   *
   * @throws InputException naming the folder, when another run holds it
   */
  static OutputLock acquire(Path target, Path lockFile) throws IOException {
    FileChannel channel =
        FileChannel.open(
            lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      String holder = holder(channel);
      channel.close();
      throw new InputException(
          target,
          "another review-lens run is writing this folder"
              + (holder.isEmpty() ? "" : " (process " + holder + ")")
              + "; wait for it to finish, or choose another --out");
    }
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap(
            Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
        0);
    return new OutputLock(channel, lock);
  }

  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer pid = ByteBuffer.allocate(20);
    channel.read(pid, 0);
    return new String(pid.array(), 0, pid.position(), StandardCharsets.US_ASCII).strip();
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
