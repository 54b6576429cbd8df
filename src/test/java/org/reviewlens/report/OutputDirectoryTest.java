package org.reviewlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewlens.corpus.InputException;

class OutputDirectoryTest {
  @TempDir Path dir;

  private List<String> leftBeside() throws IOException {
    try (Stream<Path> left = Files.list(dir)) {
      return left.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void commitReplacesTheOldOutputAndKeepsItsReadme() throws IOException {
    Path out = dir.resolve("output");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.csv"), "old");
    Files.writeString(out.resolve("README.md"), "readme");
    Files.writeString(out.resolve(OutputTarget.MARKER), "");
    try (OutputDirectory staging = OutputDirectory.open(out)) {
      Files.writeString(staging.staging().resolve("new.csv"), "new");
      staging.commit();
    }
    assertFalse(Files.exists(out.resolve("old.csv")));
    assertEquals("new", Files.readString(out.resolve("new.csv")));
    assertEquals("readme", Files.readString(out.resolve("README.md")));
    assertEquals(
        List.of(".output.lock", "output"),
        leftBeside(),
        "no staging or retired folder is left behind");
  }

  @Test
  void aRunClosedWithoutCommitLeavesThePreviousOutputIdentical() throws IOException {
    Path out = dir.resolve("output");
    Files.createDirectories(out);
    Files.writeString(out.resolve("a.csv"), "previous");
    try (OutputDirectory staging = OutputDirectory.open(out)) {
      Files.writeString(staging.staging().resolve("a.csv"), "half-written");
    }
    assertEquals("previous", Files.readString(out.resolve("a.csv")));
    assertEquals(List.of(".output.lock", "output"), leftBeside());
  }

  @Test
  void nextRunRemovesAStaleStagingFolder() throws IOException {
    Path out = dir.resolve("output");
    Path stale = Files.createDirectories(dir.resolve(".output.staging-12345"));
    Files.writeString(stale.resolve("x.csv"), "crashed run");
    OutputDirectory.open(out).close();
    assertFalse(Files.exists(stale));
  }

  /** A run killed between the commit's two renames left no output folder, only the retired copy. */
  @Test
  void nextRunRestoresTheOutputOfACommitKilledBetweenItsRenames() throws IOException {
    Path out = dir.resolve("output");
    Path retired = Files.createDirectories(dir.resolve(".output.retired-4242"));
    Files.writeString(retired.resolve("a.csv"), "previous");
    Path staging = Files.createDirectories(dir.resolve(".output.staging-777"));
    Files.writeString(staging.resolve("a.csv"), "new, complete but never committed");
    try (OutputDirectory next = OutputDirectory.open(out)) {
      assertEquals(
          "previous",
          Files.readString(out.resolve("a.csv")),
          "restored before the run writes anything");
    }
    assertEquals("previous", Files.readString(out.resolve("a.csv")));
    assertEquals(List.of(".output.lock", "output"), leftBeside());
  }

  @Test
  void aRetiredFolderBesideACommittedOutputIsDeleted() throws IOException {
    Path out = Files.createDirectories(dir.resolve("output"));
    Files.writeString(out.resolve("a.csv"), "new");
    Files.writeString(
        Files.createDirectories(dir.resolve(".output.retired-4242")).resolve("a.csv"), "old");
    OutputDirectory.open(out).close();
    assertEquals("new", Files.readString(out.resolve("a.csv")));
    assertEquals(List.of(".output.lock", "output"), leftBeside());
  }

  @Test
  void aSecondRunOnTheSameFolderIsRefusedAndTouchesNothing() throws IOException {
    Path out = dir.resolve("output");
    try (OutputDirectory first = OutputDirectory.open(out)) {
      Files.writeString(first.staging().resolve("a.csv"), "first run");
      InputException refused = assertThrows(InputException.class, () -> OutputDirectory.open(out));
      assertTrue(
          refused
              .getMessage()
              .contains(
                  "another review-lens run is writing this folder (process "
                      + ProcessHandle.current().pid()
                      + ")"),
          refused.getMessage());
      assertEquals(
          "first run",
          Files.readString(first.staging().resolve("a.csv")),
          "the first run's staging survives");
      first.commit();
    }
    assertEquals("first run", Files.readString(out.resolve("a.csv")));
    OutputDirectory.open(out).close();
  }

  /**
   * The staging folder was once made by Files.createTempDirectory, private to its owner (0700): a
   * dashboard shared through a web server could not be read. It now takes the umask, as a folder
   * made by hand does.
   */
  @Test
  void theCommittedFolderHasThePermissionsOfAnyNewFolder() throws IOException {
    Path out = dir.resolve("output");
    try (OutputDirectory staging = OutputDirectory.open(out)) {
      staging.commit();
    }
    Path ordinary = Files.createDirectory(dir.resolve("made-by-hand"));
    assertEquals(
        Files.getPosixFilePermissions(ordinary),
        Files.getPosixFilePermissions(out),
        "the umask decides, not a private default");
  }

  @Test
  void everyCommittedFolderCarriesTheMarkerThatMakesItAnOutput() throws IOException {
    Path out = dir.resolve("output");
    try (OutputDirectory staging = OutputDirectory.open(out)) {
      staging.commit();
    }
    assertTrue(Files.isRegularFile(out.resolve(OutputTarget.MARKER)));
    assertTrue(OutputTarget.isOutput(out));
  }

  /**
   * --out was checked only before the run: a folder the user made and filled meanwhile was replaced
   * at the commit, and its files lost.
   */
  @Test
  void aFolderFilledDuringTheRunIsNotReplaced() throws IOException {
    Path out = dir.resolve("results");
    try (OutputDirectory staging = OutputDirectory.open(out)) {
      Files.createDirectories(out);
      Files.writeString(out.resolve("my-notes.txt"), "mine");
      InputException refused = assertThrows(InputException.class, staging::commit);
      assertTrue(refused.getMessage().contains("my-notes.txt"), refused.getMessage());
    }
    assertEquals("mine", Files.readString(out.resolve("my-notes.txt")));
  }
}
