package org.reviewlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path dir;

  @Test
  void commitReplacesTheOldOutputAndKeepsItsReadme() throws IOException {
    Path out = dir.resolve("output");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.csv"), "old");
    Files.writeString(out.resolve("README.md"), "readme");
    OutputDirectory staging = OutputDirectory.open(out);
    Files.writeString(staging.staging().resolve("new.csv"), "new");
    staging.commit();
    assertFalse(Files.exists(out.resolve("old.csv")));
    assertEquals("new", Files.readString(out.resolve("new.csv")));
    assertEquals("readme", Files.readString(out.resolve("README.md")));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(1, left.count(), "no staging or retired directory is left behind");
    }
  }

  @Test
  void abandonedRunLeavesPreviousOutputIdentical() throws IOException {
    Path out = dir.resolve("output");
    Files.createDirectories(out);
    Files.writeString(out.resolve("a.csv"), "previous");
    OutputDirectory staging = OutputDirectory.open(out);
    Files.writeString(staging.staging().resolve("a.csv"), "half-written");
    staging.abandon();
    assertEquals("previous", Files.readString(out.resolve("a.csv")));
  }

  @Test
  void nextRunRemovesAStaleStagingDirectory() throws IOException {
    Path out = dir.resolve("output");
    Path stale = Files.createDirectories(dir.resolve(".output.staging-12345"));
    Files.writeString(stale.resolve("x.csv"), "crashed run");
    OutputDirectory.open(out).abandon();
    assertFalse(Files.exists(stale));
    assertTrue(Files.notExists(out) || Files.isDirectory(out));
  }
}
