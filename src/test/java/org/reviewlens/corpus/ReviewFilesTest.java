package org.reviewlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Which files of reviews/ are reviews, and why one cannot be used; CorpusLoaderTest has more. */
class ReviewFilesTest {
  @TempDir Path dir;

  private String problem(Path file) {
    return ReviewFiles.decode(file).problem().orElseThrow();
  }

  /** macOS's ._a.txt and a hidden file once stopped the run as illegal review ids. */
  @Test
  void dotFilesInReviewsAreIgnoredAsTheSystemHidesThem() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Wren waits.");
    Files.write(dir.resolve("._a.txt"), new byte[] {0, 5, 22, 7, 0, 2});
    Files.writeString(dir.resolve(".hidden.txt"), "Kestrel waits.");
    assertEquals(List.of("a"), List.copyOf(ReviewFiles.list(dir).keySet()));
  }

  @Test
  void aFileThatCannotBeReadIsAProblemNamingTheCause() throws IOException {
    Path loop = dir.resolve("loop.txt");
    Files.createSymbolicLink(loop, loop.getFileName());
    String problem = problem(loop);
    assertTrue(problem.contains("Too many levels of symbolic links"), problem);
  }

  @Test
  void aFileWithoutReadPermissionIsAProblemSayingSo() throws IOException {
    Path locked = dir.resolve("locked.txt");
    Files.writeString(locked, "Wren waits.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "this user reads any file (root)");
    assertEquals("cannot read: permission denied", problem(locked));
  }

  /** A file over the limit was once read whole first: 3 GiB is more than a Java array holds. */
  @Test
  @Timeout(30)
  void aFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws IOException {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L << 30); // sparse: no disk space is taken
    }
    assertTrue(problem(huge).startsWith("too large: 3221225472 bytes"), problem(huge));
  }
}
